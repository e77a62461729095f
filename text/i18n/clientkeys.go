package i18n

// Keys of `tokentui keys` (client keys for private_key_jwt) and of the
// client-assertion texts shared by the CLI, the Flow and diagnose.
const (
	KeysShort          Key = "KeysShort"          // create and inspect client keys for private_key_jwt
	KeysLong           Key = "KeysLong"           // long help of `tokentui keys`
	KeysGenShort       Key = "KeysGenShort"       // create a key pair; the private key is written 0600, the public JWK printed
	KeysShowShort      Key = "KeysShowShort"      // print a key's public JWK, thumbprint and algorithm
	KeysFlagAlg        Key = "KeysFlagAlg"        // signing algorithm: ES256 (EC P-256) or RS256 (RSA 2048)
	KeysFlagOut        Key = "KeysFlagOut"        // file for the private key (default: …)
	KeysBadAlg         Key = "KeysBadAlg"         // --alg %q is not one tokentui generates keys for
	KeysBadAlgHint     Key = "KeysBadAlgHint"     // use --alg ES256 or --alg RS256 (or PS256)
	KeysExists         Key = "KeysExists"         // %s exists already, and tokentui never overwrites a key
	KeysExistsHint     Key = "KeysExistsHint"     // choose another --out, or move the old key away if you are sure it is unused
	KeysWriteFailed    Key = "KeysWriteFailed"    // cannot write the private key to %s: %v
	KeysWriteHint      Key = "KeysWriteHint"      // check that the directory exists and you can write in it
	KeysUnreadable     Key = "KeysUnreadable"     // cannot read %s: %v
	KeysUnreadableHint Key = "KeysUnreadableHint" // check the path and the file's permissions
	KeysLoose          Key = "KeysLoose"          // %s holds a private key that other users can read (mode %04o)
	KeysLooseHint      Key = "KeysLooseHint"      // run: chmod 600 %s
	KeysBad            Key = "KeysBad"            // %s: %v
	KeysBadHint        Key = "KeysBadHint"        // give a PEM private or public key, a certificate or a JWK; 'tokentui keys gen' makes one
	KeysWrote          Key = "KeysWrote"          // private key: %s (mode 0600; keep it here, never send it to anyone)
	KeysKID            Key = "KeysKID"            // kid:  %s (the RFC 7638 thumbprint)
	KeysThumb          Key = "KeysThumb"          // thumbprint (RFC 7638, SHA-256): %s
	KeysAlg            Key = "KeysAlg"            // alg:  %s
	KeysType           Key = "KeysType"           // key:  %s
	KeysPrivate        Key = "KeysPrivate"        // the file holds a private key: keep it 0600 and never send it
	KeysJWKTitle       Key = "KeysJWKTitle"       // public JWK (register this with the provider):
	KeysJWKSTitle      Key = "KeysJWKSTitle"      // as a JWKS (for providers that take a key set or a jwks_uri):
	KeysProfileTitle   Key = "KeysProfileTitle"   // in the profile:

	FlagClientKey         Key = "FlagClientKey"         // private key reference: file:PATH (0600), env:VAR, cmd:COMMAND or keyring (private_key_jwt, mTLS)
	FlagClientKeyID       Key = "FlagClientKeyID"       // the kid the provider registered the key under
	FlagClientKeyAlg      Key = "FlagClientKeyAlg"      // the assertion's algorithm: RS256, PS256, ES256 (HS256 for client_secret_jwt); default: the key's
	FlagAssertionAudience Key = "FlagAssertionAudience" // the assertion's aud, when the provider wants another than the token endpoint
	FlagClientCert        Key = "FlagClientCert"        // client certificate reference (PEM): file:PATH, env:VAR, cmd:COMMAND or keyring (mTLS)

	CliClientCertBad     Key = "CliClientCertBad"     // profile %q: the client certificate and key cannot be used together: %v
	CliClientCertBadHint Key = "CliClientCertBadHint" // client_cert must be the PEM certificate and client_key its own private key
)

func init() {
	registerLazy(func() (en, pt map[Key]string) {
		return map[Key]string{
				KeysShort:          "create and inspect client keys for private_key_jwt",
				KeysLong:           "A private_key_jwt client proves who it is with a JWT signed by its private key; the provider checks it with the public key registered for the client. 'keys gen' creates a key pair, writes the private key (mode 0600) and prints the public JWK to register; 'keys show' prints a key's public JWK, RFC 7638 thumbprint and algorithm.",
				KeysGenShort:       "create a key pair: the private key written 0600, the public JWK printed to register with the provider",
				KeysShowShort:      "print a key's public JWK, RFC 7638 thumbprint and algorithm",
				KeysFlagAlg:        "signing algorithm: ES256 (EC P-256), RS256 or PS256 (RSA 2048)",
				KeysFlagOut:        "file for the private key (default: keys/KID.pem beside the profiles file)",
				KeysBadAlg:         "--alg %q is not one tokentui generates keys for",
				KeysBadAlgHint:     "use --alg ES256 (the default), RS256 or PS256",
				KeysExists:         "%s exists already, and tokentui never overwrites a key",
				KeysExistsHint:     "choose another --out, or move the old key away once you are sure no provider still has it registered",
				KeysWriteFailed:    "cannot write the private key to %s: %v",
				KeysWriteHint:      "check that you can write in that directory, or choose another --out",
				KeysUnreadable:     "cannot read %s: %v",
				KeysUnreadableHint: "check the path and the file's permissions",
				KeysLoose:          "%s holds a private key that other users can read (mode %04o), so tokentui will not use it",
				KeysLooseHint:      "run: chmod 600 %s",
				KeysBad:            "%s holds no usable key: %v",
				KeysBadHint:        "give a PEM private or public key, a certificate or a JWK; 'tokentui keys gen' makes a key pair",
				KeysWrote:          "private key: %s (mode 0600; keep it there and never send it to anyone)",
				KeysKID:            "kid:         %s (its RFC 7638 thumbprint)",
				KeysThumb:          "thumbprint:  %s (RFC 7638, SHA-256)",
				KeysAlg:            "alg:         %s",
				KeysType:           "key:         %s",
				KeysPrivate:        "the file holds a private key: keep it 0600 and never send it; register only the public JWK below",
				KeysJWKTitle:       "public JWK (register this with the provider):",
				KeysJWKSTitle:      "as a JWKS (for a provider that takes a key set):",
				KeysProfileTitle:   "in the profile:",

				FlagClientKey:         "private key reference: file:PATH (mode 0600), env:VAR, cmd:COMMAND or keyring (for private_key_jwt and mTLS)",
				FlagClientKeyID:       "the kid under which the provider registered the public key",
				FlagClientKeyAlg:      "the assertion's algorithm: RS256, PS256, ES256 (HS256 for client_secret_jwt); default: the key's own",
				FlagAssertionAudience: "the assertion's aud, when the provider wants another than the token endpoint (e.g. the issuer)",
				FlagClientCert:        "client certificate reference (PEM): file:PATH, env:VAR, cmd:COMMAND or keyring (for mTLS)",

				CliClientCertBad:     "profile %q: the client certificate and key cannot be used together: %v",
				CliClientCertBadHint: "client_cert must be the PEM certificate registered with the provider, and client_key its own private key",
			}, map[Key]string{
				KeysShort:          "cria e inspeciona chaves de cliente para private_key_jwt",
				KeysLong:           "Um cliente private_key_jwt prova quem é com um JWT assinado pela sua chave privada; o provedor o confere com a chave pública registrada para o cliente. 'keys gen' cria um par de chaves, grava a chave privada (modo 0600) e imprime o JWK público a registrar; 'keys show' imprime o JWK público, a impressão digital RFC 7638 e o algoritmo de uma chave.",
				KeysGenShort:       "cria um par de chaves: a privada gravada com modo 0600, o JWK público impresso para registrar no provedor",
				KeysShowShort:      "imprime o JWK público, a impressão digital RFC 7638 e o algoritmo de uma chave",
				KeysFlagAlg:        "algoritmo de assinatura: ES256 (EC P-256), RS256 ou PS256 (RSA 2048)",
				KeysFlagOut:        "arquivo da chave privada (padrão: keys/KID.pem ao lado do arquivo de perfis)",
				KeysBadAlg:         "--alg %q não é um algoritmo para o qual o tokentui gera chaves",
				KeysBadAlgHint:     "use --alg ES256 (o padrão), RS256 ou PS256",
				KeysExists:         "%s já existe, e o tokentui nunca sobrescreve uma chave",
				KeysExistsHint:     "escolha outro --out, ou tire a chave antiga do lugar quando tiver certeza de que nenhum provedor a tem registrada",
				KeysWriteFailed:    "não foi possível gravar a chave privada em %s: %v",
				KeysWriteHint:      "confira se você pode gravar nesse diretório, ou escolha outro --out",
				KeysUnreadable:     "não foi possível ler %s: %v",
				KeysUnreadableHint: "confira o caminho e as permissões do arquivo",
				KeysLoose:          "%s contém uma chave privada que outros usuários podem ler (modo %04o), então o tokentui não vai usá-la",
				KeysLooseHint:      "rode: chmod 600 %s",
				KeysBad:            "%s não contém uma chave utilizável: %v",
				KeysBadHint:        "informe uma chave PEM privada ou pública, um certificado ou um JWK; 'tokentui keys gen' cria um par de chaves",
				KeysWrote:          "chave privada: %s (modo 0600; mantenha-a ali e nunca a envie a ninguém)",
				KeysKID:            "kid:         %s (a impressão digital RFC 7638)",
				KeysThumb:          "impressão digital: %s (RFC 7638, SHA-256)",
				KeysAlg:            "algoritmo:   %s",
				KeysType:           "chave:       %s",
				KeysPrivate:        "o arquivo contém uma chave privada: mantenha-o com modo 0600 e nunca o envie; registre só o JWK público abaixo",
				KeysJWKTitle:       "JWK público (registre isto no provedor):",
				KeysJWKSTitle:      "como JWKS (para um provedor que aceita um conjunto de chaves):",
				KeysProfileTitle:   "no perfil:",

				FlagClientKey:         "referência da chave privada: file:CAMINHO (modo 0600), env:VAR, cmd:COMANDO ou keyring (para private_key_jwt e mTLS)",
				FlagClientKeyID:       "o kid sob o qual o provedor registrou a chave pública",
				FlagClientKeyAlg:      "o algoritmo da asserção: RS256, PS256, ES256 (HS256 para client_secret_jwt); padrão: o da própria chave",
				FlagAssertionAudience: "o aud da asserção, quando o provedor quer outro que não o token endpoint (por exemplo, o issuer)",
				FlagClientCert:        "referência do certificado do cliente (PEM): file:CAMINHO, env:VAR, cmd:COMANDO ou keyring (para mTLS)",

				CliClientCertBad:     "perfil %q: o certificado e a chave do cliente não servem juntos: %v",
				CliClientCertBadHint: "client_cert deve ser o certificado PEM registrado no provedor, e client_key a chave privada dele",
			}
	})
}
