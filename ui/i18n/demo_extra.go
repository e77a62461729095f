package i18n

// Keys of the demo command's choices (issue 15, small things).
const (
	DemoNoProfile Key = "DemoNoProfile" // the demo has no profile %q: it has %s
)

func init() {
	register(map[Key]string{
		DemoNoProfile: "the demo has no profile %q: it has %s",
	}, map[Key]string{
		DemoNoProfile: "o demo não tem o perfil %q: ele tem %s",
	})
}
