package i18n

// Keys of the profile form's rows for clients that prove themselves with
// a key or a certificate: the private key, its kid and algorithm, the
// assertion's audience, the client certificate; their checks as the user
// types; a key pair generated on the spot and its public JWK.
const (
	ProfileFormKeyLabel      Key = "ProfileFormKeyLabel"      // Private key
	ProfileFormKeyIDLabel    Key = "ProfileFormKeyIDLabel"    // Key ID (kid)
	ProfileFormAlgLabel      Key = "ProfileFormAlgLabel"      // Algorithm
	ProfileFormAudLabel      Key = "ProfileFormAudLabel"      // Audience
	ProfileFormCertLabel     Key = "ProfileFormCertLabel"     // Certificate
	ProfileFormKeyExample    Key = "ProfileFormKeyExample"    // file:~/.config/tokentui/keys/NAME.pem
	ProfileFormCertExample   Key = "ProfileFormCertExample"   // file:~/certs/client.pem
	ProfileFormKIDExample    Key = "ProfileFormKIDExample"    // as the provider registered it
	ProfileFormAudExample    Key = "ProfileFormAudExample"    // empty = the token endpoint
	ProfileFormKeyKept       Key = "ProfileFormKeyKept"       // (the key written in the profile: kept)
	ProfileFormCertKept      Key = "ProfileFormCertKept"      // (the certificate written in the profile: kept)
	ProfileFormKeyNote       Key = "ProfileFormKeyNote"       // file:PATH (0600), env:VAR, cmd:COMMAND or keyring; ctrl+g generates…
	ProfileFormCertKeyNote   Key = "ProfileFormCertKeyNote"   // the certificate's private key: file:PATH (0600)…
	ProfileFormCertNote      Key = "ProfileFormCertNote"      // the PEM certificate registered with the provider…
	ProfileFormKeyIDNote     Key = "ProfileFormKeyIDNote"     // empty: the assertion carries no kid…
	ProfileFormKeyIDThumb    Key = "ProfileFormKeyIDThumb"    // the key's thumbprint, the usual kid: %s
	ProfileFormAlgFromKey    Key = "ProfileFormAlgFromKey"    // from the key
	ProfileFormAlgFromKeyIs  Key = "ProfileFormAlgFromKeyIs"  // from the key (%s)
	ProfileFormAlgHMACDef    Key = "ProfileFormAlgHMACDef"    // HS256 (the default)
	ProfileFormAlgNote       Key = "ProfileFormAlgNote"       // must suit the key: ES256 for EC P-256…
	ProfileFormAlgHMACNote   Key = "ProfileFormAlgHMACNote"   // HMAC with the client secret…
	ProfileFormAudNote       Key = "ProfileFormAudNote"       // empty: the token endpoint (%s)…
	ProfileFormAudNoteNoURL  Key = "ProfileFormAudNoteNoURL"  // empty: the token endpoint…
	ProfileFormKeyMissing    Key = "ProfileFormKeyMissing"    // Which private key signs the assertions?
	ProfileFormKeyMissHint   Key = "ProfileFormKeyMissHint"   // write file:PATH… or press ctrl+g
	ProfileFormCertKeyMiss   Key = "ProfileFormCertKeyMiss"   // Which private key belongs to the certificate?
	ProfileFormCertKeyMissH  Key = "ProfileFormCertKeyMissH"  // write file:PATH of the certificate's private key (PEM)
	ProfileFormCertMissing   Key = "ProfileFormCertMissing"   // Which certificate does the client present?
	ProfileFormCertMissHint  Key = "ProfileFormCertMissHint"  // write file:PATH of the PEM certificate…
	ProfileFormRefNotRef     Key = "ProfileFormRefNotRef"     // Write where it is kept, not its content.
	ProfileFormRefNotRefHint Key = "ProfileFormRefNotRefHint" // use file:PATH, env:VAR, cmd:COMMAND or keyring
	ProfileFormRefEmpty      Key = "ProfileFormRefEmpty"      // %s names nothing.
	ProfileFormRefEmptyHint  Key = "ProfileFormRefEmptyHint"  // write what follows it, e.g. …
	ProfileFormRefEnvHint    Key = "ProfileFormRefEnvHint"    // use letters, digits and _, e.g. env:AC_CLIENT_KEY
	ProfileFormRefNoFile     Key = "ProfileFormRefNoFile"     // There is no file at %s.
	ProfileFormRefNoFileKey  Key = "ProfileFormRefNoFileKey"  // check the path, or press ctrl+g…
	ProfileFormRefNoFileHint Key = "ProfileFormRefNoFileHint" // check the path
	ProfileFormRefLoose      Key = "ProfileFormRefLoose"      // %s can be read by other users (mode %04o)…
	ProfileFormRefLooseHint  Key = "ProfileFormRefLooseHint"  // run: chmod 600 %s
	ProfileFormRefBadFile    Key = "ProfileFormRefBadFile"    // %s is not a regular file of a key's size.
	ProfileFormRefUnread     Key = "ProfileFormRefUnread"     // Cannot read %s.
	ProfileFormRefUnreadHint Key = "ProfileFormRefUnreadHint" // check the path and the file's permissions
	ProfileFormRefEnvUnset   Key = "ProfileFormRefEnvUnset"   // %s is not set in this terminal…
	ProfileFormRefLater      Key = "ProfileFormRefLater"      // read only when a token is requested: ctrl+t tests it now
	ProfileFormKeyBad        Key = "ProfileFormKeyBad"        // %s holds no private key tokentui can use.
	ProfileFormKeyBadHint    Key = "ProfileFormKeyBadHint"    // give a PEM private key… or press ctrl+g
	ProfileFormCertKeyBadH   Key = "ProfileFormCertKeyBadH"   // give the certificate's private key in PEM
	ProfileFormKeyAlgBad     Key = "ProfileFormKeyAlgBad"     // This %s key cannot sign %s.
	ProfileFormKeyAlgBadHint Key = "ProfileFormKeyAlgBadHint" // choose %s as the Algorithm, or "from the key"
	ProfileFormKeyOK         Key = "ProfileFormKeyOK"         // ✓ %s key · signs %s · thumbprint %s
	ProfileFormKeyNotCert    Key = "ProfileFormKeyNotCert"    // This key is not the certificate's private key.
	ProfileFormKeyNotCertH   Key = "ProfileFormKeyNotCertH"   // give the private key the certificate was issued for
	ProfileFormCertBad       Key = "ProfileFormCertBad"       // %s holds no certificate tokentui can read.
	ProfileFormCertBadHint   Key = "ProfileFormCertBadHint"   // give the PEM certificate…
	ProfileFormCertExpired   Key = "ProfileFormCertExpired"   // The certificate expired on %s.
	ProfileFormCertNotYet    Key = "ProfileFormCertNotYet"    // The certificate is not valid before %s.
	ProfileFormCertDateHint  Key = "ProfileFormCertDateHint"  // get a new certificate and register it with the provider
	ProfileFormCertOK        Key = "ProfileFormCertOK"        // ✓ %s · issued by %s · valid until %s · SHA-256 %s
	ProfileFormCertSelfOK    Key = "ProfileFormCertSelfOK"    // ✓ %s · self-signed · valid until %s · SHA-256 %s
	ProfileFormGenerating    Key = "ProfileFormGenerating"    // Generating a %s key pair…
	ProfileFormGenerated     Key = "ProfileFormGenerated"     // ✓ New %s key pair: the private key is in %s…
	ProfileFormGenFailed     Key = "ProfileFormGenFailed"     // The new key could not be written.
	ProfileFormGenFailedHint Key = "ProfileFormGenFailedHint" // check that you can write in %s
	ProfileFormGenNotHere    Key = "ProfileFormGenNotHere"    // A key pair is generated for private_key_jwt…
	ProfileFormJWKTitle      Key = "ProfileFormJWKTitle"      // Public key to register with the provider (kid %s):
	ProfileFormJWKSTitle     Key = "ProfileFormJWKSTitle"     // The same as a JWKS:
	ProfileFormJWKCopyHint   Key = "ProfileFormJWKCopyHint"   // ctrl+y copies the JWK · ctrl+o copies the JWKS
	ProfileFormNoJWK         Key = "ProfileFormNoJWK"         // No usable key to copy yet…
	ProfileFormCopyJWK       Key = "ProfileFormCopyJWK"       // public JWK
	ProfileFormKeyGenerate   Key = "ProfileFormKeyGenerate"   // generate a key pair (help)
	ProfileFormKeyCopyJWK    Key = "ProfileFormKeyCopyJWK"    // copy the public JWK (help)
	ProfileFormKeyCopyJWKS   Key = "ProfileFormKeyCopyJWKS"   // copy it as a JWKS (help)
)

func init() {
	registerLazy(func() (en, pt map[Key]string) {
		return map[Key]string{
				ProfileFormKeyLabel:      "Private key",
				ProfileFormKeyIDLabel:    "Key ID (kid)",
				ProfileFormAlgLabel:      "Algorithm",
				ProfileFormAudLabel:      "Audience",
				ProfileFormCertLabel:     "Certificate",
				ProfileFormKeyExample:    "file:~/.config/tokentui/keys/NAME.pem",
				ProfileFormCertExample:   "file:~/certs/client.pem",
				ProfileFormKIDExample:    "as the provider registered it",
				ProfileFormAudExample:    "optional: the assertion's aud",
				ProfileFormKeyKept:       "(the key written in the profile: kept)",
				ProfileFormCertKept:      "(the certificate written in the profile: kept)",
				ProfileFormKeyNote:       "file:PATH (mode 0600), env:VAR, cmd:COMMAND or keyring; ctrl+g generates a new key pair",
				ProfileFormCertKeyNote:   "the certificate's private key: file:PATH (mode 0600), env:VAR, cmd:COMMAND or keyring",
				ProfileFormCertNote:      "the PEM certificate registered with the provider: file:PATH, env:VAR, cmd:COMMAND or keyring",
				ProfileFormKeyIDNote:     "empty: the assertion carries no kid, and the provider must try every key registered for the client",
				ProfileFormKeyIDThumb:    "the key's thumbprint, the usual kid: %s",
				ProfileFormAlgFromKey:    "from the key",
				ProfileFormAlgFromKeyIs:  "from the key (%s)",
				ProfileFormAlgHMACDef:    "HS256 (the default)",
				ProfileFormAlgNote:       "must suit the key: ES256 for EC P-256, RS256 or PS256 for RSA; ctrl+g makes an ES256 key, or an RSA one when RS256 or PS256 is chosen",
				ProfileFormAlgHMACNote:   "an HMAC with the client secret: HS256 needs a secret of 32 bytes or more",
				ProfileFormAudNote:       "empty: the token endpoint (%s); some providers want the issuer instead",
				ProfileFormAudNoteNoURL:  "empty: the token endpoint; some providers want the issuer instead",
				ProfileFormKeyMissing:    "Which private key signs the assertions?",
				ProfileFormKeyMissHint:   "write file:PATH of a PEM or JWK private key, or press ctrl+g to generate a key pair",
				ProfileFormCertKeyMiss:   "Which private key belongs to the certificate?",
				ProfileFormCertKeyMissH:  "write file:PATH of the certificate's private key (PEM)",
				ProfileFormCertMissing:   "Which certificate does the client present?",
				ProfileFormCertMissHint:  "write file:PATH of the PEM certificate registered with the provider",
				ProfileFormRefNotRef:     "Write where it is kept, not its content.",
				ProfileFormRefNotRefHint: "use file:PATH, env:VAR, cmd:COMMAND or keyring",
				ProfileFormRefEmpty:      "%s names nothing.",
				ProfileFormRefEmptyHint:  "write what follows it, e.g. file:~/.config/tokentui/keys/ac.pem or env:AC_CLIENT_KEY",
				ProfileFormRefEnvHint:    "use letters, digits and _, e.g. env:AC_CLIENT_KEY",
				ProfileFormRefNoFile:     "There is no file at %s.",
				ProfileFormRefNoFileKey:  "check the path, or press ctrl+g to generate a key pair",
				ProfileFormRefNoFileHint: "check the path",
				ProfileFormRefLoose:      "%s can be read by other users (mode %04o), so tokentui will not use it.",
				ProfileFormRefLooseHint:  "run: chmod 600 %s",
				ProfileFormRefBadFile:    "%s is not a regular file of a key's size.",
				ProfileFormRefUnread:     "Cannot read %s.",
				ProfileFormRefUnreadHint: "check the path and the file's permissions",
				ProfileFormRefEnvUnset:   "%s is not set in this terminal; it is read when a token is requested.",
				ProfileFormRefLater:      "read only when a token is requested: ctrl+t tests it now",
				ProfileFormKeyBad:        "%s holds no private key tokentui can use.",
				ProfileFormKeyBadHint:    "give a PEM private key (PKCS#1, PKCS#8 or EC) or a JWK, or press ctrl+g to generate a key pair",
				ProfileFormCertKeyBadH:   "give the certificate's private key, in PEM",
				ProfileFormKeyAlgBad:     "This %s key cannot sign %s.",
				ProfileFormKeyAlgBadHint: "choose %s as the Algorithm, or \"from the key\"",
				ProfileFormKeyOK:         "✓ %s key · signs %s · thumbprint %s",
				ProfileFormKeyNotCert:    "This key is not the certificate's private key.",
				ProfileFormKeyNotCertH:   "give the private key the certificate was issued for",
				ProfileFormCertBad:       "%s holds no certificate tokentui can read.",
				ProfileFormCertBadHint:   "give the PEM certificate (-----BEGIN CERTIFICATE-----) registered with the provider",
				ProfileFormCertExpired:   "The certificate expired on %s.",
				ProfileFormCertNotYet:    "The certificate is not valid before %s.",
				ProfileFormCertDateHint:  "get a new certificate and register it with the provider",
				ProfileFormCertOK:        "✓ %s · issued by %s · valid until %s · SHA-256 %s",
				ProfileFormCertSelfOK:    "✓ %s · self-signed · valid until %s · SHA-256 %s",
				ProfileFormGenerating:    "Generating a %s key pair…",
				ProfileFormGenerated:     "✓ New %s key pair: the private key is in %s (mode 0600). Register its public JWK, below, with the provider.",
				ProfileFormGenFailed:     "The new key could not be written.",
				ProfileFormGenFailedHint: "check that you can write in %s",
				ProfileFormGenNotHere:    "A key pair is generated for private_key_jwt: choose that auth method first (a certificate's key comes with the certificate).",
				ProfileFormJWKTitle:      "Public key to register with the provider (kid %s):",
				ProfileFormJWKSTitle:     "The same as a JWKS:",
				ProfileFormJWKCopyHint:   "ctrl+y copies the JWK · ctrl+o copies the JWKS",
				ProfileFormNoJWK:         "No usable private key yet: write its file:PATH or press ctrl+g on the Private key row.",
				ProfileFormCopyJWK:       "public JWK",
				ProfileFormKeyGenerate:   "generate a key pair",
				ProfileFormKeyCopyJWK:    "copy the public JWK",
				ProfileFormKeyCopyJWKS:   "copy it as a JWKS",
			}, map[Key]string{
				ProfileFormKeyLabel:      "Chave privada",
				ProfileFormKeyIDLabel:    "ID da chave (kid)",
				ProfileFormAlgLabel:      "Algoritmo",
				ProfileFormAudLabel:      "Audiência",
				ProfileFormCertLabel:     "Certificado",
				ProfileFormKeyExample:    "file:~/.config/tokentui/keys/NOME.pem",
				ProfileFormCertExample:   "file:~/certs/cliente.pem",
				ProfileFormKIDExample:    "como o provedor o registrou",
				ProfileFormAudExample:    "opcional: o aud da asserção",
				ProfileFormKeyKept:       "(a chave escrita no perfil: mantida)",
				ProfileFormCertKept:      "(o certificado escrito no perfil: mantido)",
				ProfileFormKeyNote:       "file:CAMINHO (modo 0600), env:VAR, cmd:COMANDO ou keyring; ctrl+g gera um novo par de chaves",
				ProfileFormCertKeyNote:   "a chave privada do certificado: file:CAMINHO (modo 0600), env:VAR, cmd:COMANDO ou keyring",
				ProfileFormCertNote:      "o certificado PEM registrado no provedor: file:CAMINHO, env:VAR, cmd:COMANDO ou keyring",
				ProfileFormKeyIDNote:     "vazio: a asserção vai sem kid, e o provedor precisa tentar cada chave registrada para o cliente",
				ProfileFormKeyIDThumb:    "a impressão digital da chave, o kid de costume: %s",
				ProfileFormAlgFromKey:    "o da chave",
				ProfileFormAlgFromKeyIs:  "o da chave (%s)",
				ProfileFormAlgHMACDef:    "HS256 (o padrão)",
				ProfileFormAlgNote:       "precisa servir à chave: ES256 para EC P-256, RS256 ou PS256 para RSA; ctrl+g cria uma chave ES256, ou RSA quando RS256 ou PS256 estiver escolhido",
				ProfileFormAlgHMACNote:   "um HMAC com o segredo do cliente: HS256 precisa de um segredo de 32 bytes ou mais",
				ProfileFormAudNote:       "vazio: o token endpoint (%s); alguns provedores querem o issuer no lugar",
				ProfileFormAudNoteNoURL:  "vazio: o token endpoint; alguns provedores querem o issuer no lugar",
				ProfileFormKeyMissing:    "Qual chave privada assina as asserções?",
				ProfileFormKeyMissHint:   "escreva file:CAMINHO de uma chave privada PEM ou JWK, ou tecle ctrl+g para gerar um par de chaves",
				ProfileFormCertKeyMiss:   "Qual chave privada é a do certificado?",
				ProfileFormCertKeyMissH:  "escreva file:CAMINHO da chave privada do certificado (PEM)",
				ProfileFormCertMissing:   "Qual certificado o cliente apresenta?",
				ProfileFormCertMissHint:  "escreva file:CAMINHO do certificado PEM registrado no provedor",
				ProfileFormRefNotRef:     "Escreva onde ela está guardada, não o conteúdo.",
				ProfileFormRefNotRefHint: "use file:CAMINHO, env:VAR, cmd:COMANDO ou keyring",
				ProfileFormRefEmpty:      "%s não aponta para nada.",
				ProfileFormRefEmptyHint:  "escreva o que vem depois, ex.: file:~/.config/tokentui/keys/ac.pem ou env:AC_CLIENT_KEY",
				ProfileFormRefEnvHint:    "use letras, dígitos e _, ex.: env:AC_CLIENT_KEY",
				ProfileFormRefNoFile:     "Não há arquivo em %s.",
				ProfileFormRefNoFileKey:  "confira o caminho, ou tecle ctrl+g para gerar um par de chaves",
				ProfileFormRefNoFileHint: "confira o caminho",
				ProfileFormRefLoose:      "%s pode ser lido por outros usuários (modo %04o), então o tokentui não vai usá-lo.",
				ProfileFormRefLooseHint:  "rode: chmod 600 %s",
				ProfileFormRefBadFile:    "%s não é um arquivo comum do tamanho de uma chave.",
				ProfileFormRefUnread:     "Não foi possível ler %s.",
				ProfileFormRefUnreadHint: "confira o caminho e as permissões do arquivo",
				ProfileFormRefEnvUnset:   "%s não está definida neste terminal; ela é lida quando um token é pedido.",
				ProfileFormRefLater:      "lido só quando um token é pedido: ctrl+t testa agora",
				ProfileFormKeyBad:        "%s não contém uma chave privada que o tokentui possa usar.",
				ProfileFormKeyBadHint:    "informe uma chave privada PEM (PKCS#1, PKCS#8 ou EC) ou um JWK, ou tecle ctrl+g para gerar um par de chaves",
				ProfileFormCertKeyBadH:   "informe a chave privada do certificado, em PEM",
				ProfileFormKeyAlgBad:     "Esta chave %s não assina %s.",
				ProfileFormKeyAlgBadHint: "escolha %s como Algoritmo, ou \"o da chave\"",
				ProfileFormKeyOK:         "✓ chave %s · assina %s · impressão digital %s",
				ProfileFormKeyNotCert:    "Esta chave não é a chave privada do certificado.",
				ProfileFormKeyNotCertH:   "informe a chave privada para a qual o certificado foi emitido",
				ProfileFormCertBad:       "%s não contém um certificado que o tokentui consiga ler.",
				ProfileFormCertBadHint:   "informe o certificado PEM (-----BEGIN CERTIFICATE-----) registrado no provedor",
				ProfileFormCertExpired:   "O certificado expirou em %s.",
				ProfileFormCertNotYet:    "O certificado só vale a partir de %s.",
				ProfileFormCertDateHint:  "obtenha um certificado novo e registre-o no provedor",
				ProfileFormCertOK:        "✓ %s · emitido por %s · válido até %s · SHA-256 %s",
				ProfileFormCertSelfOK:    "✓ %s · autoassinado · válido até %s · SHA-256 %s",
				ProfileFormGenerating:    "Gerando um par de chaves %s…",
				ProfileFormGenerated:     "✓ Novo par de chaves %s: a chave privada está em %s (modo 0600). Registre o JWK público dela, abaixo, no provedor.",
				ProfileFormGenFailed:     "Não foi possível gravar a nova chave.",
				ProfileFormGenFailedHint: "confira se você pode gravar em %s",
				ProfileFormGenNotHere:    "Um par de chaves é gerado para private_key_jwt: escolha esse método de autenticação antes (a chave de um certificado vem com o certificado).",
				ProfileFormJWKTitle:      "Chave pública a registrar no provedor (kid %s):",
				ProfileFormJWKSTitle:     "A mesma, como JWKS:",
				ProfileFormJWKCopyHint:   "ctrl+y copia o JWK · ctrl+o copia o JWKS",
				ProfileFormNoJWK:         "Ainda não há chave privada utilizável: escreva o file:CAMINHO dela ou tecle ctrl+g na linha Chave privada.",
				ProfileFormCopyJWK:       "JWK público",
				ProfileFormKeyGenerate:   "gerar um par de chaves",
				ProfileFormKeyCopyJWK:    "copiar o JWK público",
				ProfileFormKeyCopyJWKS:   "copiar como JWKS",
			}
	})
}
