package i18n

// Keys of the profiles list (the left pane).
const (
	ListKeyUp          Key = "ListKeyUp"          // up
	ListKeyDown        Key = "ListKeyDown"        // down
	ListKeyUse         Key = "ListKeyUse"         // use
	ListKeyFilter      Key = "ListKeyFilter"      // filter
	ListKeyClear       Key = "ListKeyClear"       // clear filter
	ListKeyAdd         Key = "ListKeyAdd"         // add
	ListKeyTemporary   Key = "ListKeyTemporary"   // temporary profile
	ListKeyEdit        Key = "ListKeyEdit"        // edit
	ListKeyDelete      Key = "ListKeyDelete"      // delete
	ListKeyDefault     Key = "ListKeyDefault"     // make default
	ListKeyTest        Key = "ListKeyTest"        // test credentials
	ListKeyYes         Key = "ListKeyYes"         // delete it
	ListKeyNo          Key = "ListKeyNo"          // keep it
	ListKeyMove        Key = "ListKeyMove"        // move
	ListPairFilter     Key = "ListPairFilter"     // filter, clear
	ListPairAdd        Key = "ListPairAdd"        // add, temporary
	ListPairEdit       Key = "ListPairEdit"       // edit, delete
	ListPairDefault    Key = "ListPairDefault"    // default, test
	ListFilterHint     Key = "ListFilterHint"     // name or issuer
	ListDeleteTitle    Key = "ListDeleteTitle"    // Delete profile
	ListYes            Key = "ListYes"            // yes
	ListNo             Key = "ListNo"             // no
	ListEmpty          Key = "ListEmpty"          // no profiles
	ListEmptyHint      Key = "ListEmptyHint"      // a to add one
	ListNoMatch        Key = "ListNoMatch"        // no profile matches
	ListTemporary      Key = "ListTemporary"      // temporary, not saved
	ListTemporaryShort Key = "ListTemporaryShort" // temporary
)

func init() {
	register(map[Key]string{
		ListKeyUp: "up", ListKeyDown: "down", ListKeyUse: "use", ListKeyFilter: "filter", ListKeyClear: "clear filter",
		ListKeyAdd: "add", ListKeyTemporary: "temporary profile", ListKeyEdit: "edit", ListKeyDelete: "delete",
		ListKeyDefault: "make default", ListKeyTest: "test credentials", ListKeyYes: "delete it", ListKeyNo: "keep it",
		ListKeyMove: "move", ListPairFilter: "filter, clear", ListPairAdd: "add, temporary", ListPairEdit: "edit, delete",
		ListPairDefault: "default, test", ListFilterHint: "name or issuer", ListDeleteTitle: "Delete profile",
		ListYes: "yes", ListNo: "no", ListEmpty: "no profiles", ListEmptyHint: "a to add one",
		ListNoMatch: "no profile matches", ListTemporary: "temporary, not saved", ListTemporaryShort: "temporary",
	}, map[Key]string{
		ListKeyUp: "subir", ListKeyDown: "descer", ListKeyUse: "usar", ListKeyFilter: "filtrar", ListKeyClear: "limpar filtro",
		ListKeyAdd: "criar", ListKeyTemporary: "perfil temporário", ListKeyEdit: "editar", ListKeyDelete: "apagar",
		ListKeyDefault: "tornar padrão", ListKeyTest: "testar credenciais", ListKeyYes: "apagar", ListKeyNo: "manter",
		ListKeyMove: "mover", ListPairFilter: "filtrar, limpar", ListPairAdd: "criar, temporário", ListPairEdit: "editar, apagar",
		ListPairDefault: "padrão, testar", ListFilterHint: "nome ou emissor", ListDeleteTitle: "Apagar o perfil",
		ListYes: "sim", ListNo: "não", ListEmpty: "nenhum perfil", ListEmptyHint: "a para criar um",
		ListNoMatch: "nenhum perfil combina", ListTemporary: "temporário, não salvo", ListTemporaryShort: "temporário",
	})
}
