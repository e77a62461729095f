package i18n

import (
	"errors"
	"testing"
)

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		name    string
		flag    string
		env     map[string]string
		want    Lang
		wantErr bool
	}{
		{name: "nothing set", want: En},
		{name: "LANG pt_BR.UTF-8", env: map[string]string{"LANG": "pt_BR.UTF-8"}, want: PtBR},
		{name: "LANG pt_BR", env: map[string]string{"LANG": "pt_BR"}, want: PtBR},
		{name: "LANG pt_PT means Portuguese too", env: map[string]string{"LANG": "pt_PT.UTF-8"}, want: PtBR},
		{name: "LANG pt", env: map[string]string{"LANG": "pt"}, want: PtBR},
		{name: "LANG en_US", env: map[string]string{"LANG": "en_US.UTF-8"}, want: En},
		{name: "LANG of another language is English", env: map[string]string{"LANG": "de_DE.UTF-8"}, want: En},
		{name: "LANG C", env: map[string]string{"LANG": "C"}, want: En},
		{name: "LANG C.UTF-8", env: map[string]string{"LANG": "C.UTF-8"}, want: En},
		{name: "LC_MESSAGES beats LANG", env: map[string]string{"LC_MESSAGES": "pt_BR.UTF-8", "LANG": "en_US.UTF-8"}, want: PtBR},
		{name: "LC_ALL beats LC_MESSAGES", env: map[string]string{"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8"}, want: En},
		{name: "LC_ALL pt beats LANG", env: map[string]string{"LC_ALL": "pt_BR.UTF-8", "LANG": "en_US.UTF-8"}, want: PtBR},
		{name: "LC_ALL C skips to LC_MESSAGES", env: map[string]string{"LC_ALL": "C", "LC_MESSAGES": "pt_BR.UTF-8"}, want: PtBR},
		{name: "LC_ALL POSIX skips to LANG", env: map[string]string{"LC_ALL": "POSIX", "LANG": "pt_BR.UTF-8"}, want: PtBR},
		{name: "empty LC_ALL skips", env: map[string]string{"LC_ALL": "", "LANG": "pt_BR.UTF-8"}, want: PtBR},
		{name: "a real locale stops the search", env: map[string]string{"LC_ALL": "fr_FR.UTF-8", "LANG": "pt_BR.UTF-8"}, want: En},
		{name: "locale with modifier", env: map[string]string{"LANG": "pt_BR.UTF-8@euro"}, want: PtBR},
		{name: "flag en beats env", flag: "en", env: map[string]string{"LANG": "pt_BR.UTF-8"}, want: En},
		{name: "flag pt-BR beats env", flag: "pt-BR", env: map[string]string{"LC_ALL": "en_US.UTF-8"}, want: PtBR},
		{name: "flag pt_BR", flag: "pt_BR", want: PtBR},
		{name: "flag pt", flag: "pt", want: PtBR},
		{name: "flag pt-br lower case", flag: "pt-br", want: PtBR},
		{name: "flag en_US", flag: "en_US", want: En},
		{name: "flag EN-us", flag: "EN-us", want: En},
		{name: "flag unknown errs, env language kept", flag: "klingon", env: map[string]string{"LANG": "pt_BR.UTF-8"}, want: PtBR, wantErr: true},
		{name: "flag fr errs", flag: "fr", want: En, wantErr: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Detect(tc.flag, func(k string) string { return tc.env[k] })
			if got != tc.want {
				t.Errorf("Detect = %q, want %q", got, tc.want)
			}
			if (err != nil) != tc.wantErr {
				t.Errorf("err = %v, want error %v", err, tc.wantErr)
			}
			if err != nil && !errors.Is(err, ErrUnknownLang) {
				t.Errorf("err = %v, want ErrUnknownLang", err)
			}
		})
	}
}

func TestFlagValue(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, ""},
		{[]string{"decode", "x"}, ""},
		{[]string{"--lang", "pt-BR", "decode"}, "pt-BR"},
		{[]string{"decode", "--lang=en", "x"}, "en"},
		{[]string{"--lang=en", "--lang", "pt"}, "pt"},
		{[]string{"call", "--", "--lang", "pt"}, ""},
		{[]string{"--lang"}, ""},
	} {
		if got := FlagValue(tc.args); got != tc.want {
			t.Errorf("FlagValue(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}
