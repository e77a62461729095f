package i18n

import "tokentui/auth"

// clientAuthPtBR holds, in Brazilian Portuguese, the causes and hints of a
// token endpoint's refusal told for the client's auth method (auth's
// reasons, explain_clientauth.go).
func clientAuthPtBR() map[auth.Code]auth.Text {
	return map[auth.Code]auth.Text{
		auth.CodeAssertionRefused: {
			Cause: "O provedor não aceitou a asserção do cliente (private_key_jwt): a chave que a assina pode não estar registrada para o cliente (ou não com este kid), o aud dela pode não ser o que o provedor espera, ou o relógio desta máquina pode estar errado.",
			Hint:  "Registre a chave pública ('tokentui keys show ARQUIVO' mostra o JWK dela) para o cliente com o kid que o perfil envia (client_key_id); confira assertion_audience e o relógio; o 'tokentui diagnose' confere um por um. Não tente de novo em loop.",
		},
		auth.CodeSecretAssertionRefused: {
			Cause: "O provedor não aceitou a asserção do cliente (client_secret_jwt): o segredo que a assina (HMAC) pode estar errado, o aud dela pode não ser o que o provedor espera, ou o relógio desta máquina pode estar errado.",
			Hint:  "Confira o client_secret (homologação e produção são diferentes) e o client_key_alg (HS256, HS384 ou HS512); confira assertion_audience e o relógio; o 'tokentui diagnose' confere um por um. Não tente de novo em loop.",
		},
		auth.CodeAssertionUnknownKid: {
			Cause: "A asserção do cliente foi assinada com uma chave cujo kid o provedor não conhece para este cliente: a chave pública não está registrada, ou está com outro kid.",
			Hint:  "Registre a chave pública no provedor ('tokentui keys show ARQUIVO' mostra o JWK e a impressão digital dela), ou defina client_key_id com o kid com que ela foi registrada.",
		},
		auth.CodeAssertionSignature: {
			Cause: "A assinatura da asserção do cliente não bate com a chave pública que o provedor tem para o cliente: a chave do perfil não é a registrada.",
			Hint:  "Compare a impressão digital de 'tokentui keys show ARQUIVO' com a da chave registrada para o cliente; registre o JWK desta chave ou aponte client_key para a metade privada da chave registrada.",
		},
		auth.CodeSecretAssertionSig: {
			Cause: "O HMAC da asserção do cliente não bate com o segredo que o provedor tem para o cliente: o segredo está errado ou expirou.",
			Hint:  "Confira o client_secret (os segredos de homologação e de produção são diferentes) e o client_key_alg com o cadastro do cliente.",
		},
		auth.CodeAssertionAudience: {
			Cause: "O aud da asserção do cliente não indica o provedor: ele espera outra audiência (o token endpoint ou o issuer dele).",
			Hint:  "Defina no perfil o assertion_audience que o provedor espera (muitas vezes a URL do issuer, ou o token endpoint exatamente como publicado); o 'tokentui diagnose' mostra o aud enviado.",
		},
		auth.CodeAssertionTime: {
			Cause: "O provedor achou a asserção do cliente expirada ou ainda não válida: o relógio desta máquina está diferente do relógio do provedor.",
			Hint:  "Sincronize o relógio (por exemplo timedatectl set-ntp true, ou w32tm /resync) e peça de novo; as asserções valem só um minuto.",
		},
		auth.CodeAssertionReplayed: {
			Cause: "O provedor já tinha visto esta asserção do cliente (o jti dela): cada pedido de token precisa de uma assinada na hora.",
			Hint:  "Peça de novo: o tokentui assina uma asserção nova, com jti novo, a cada pedido; se continuar, outro programa pode estar enviando a mesma asserção.",
		},
		auth.CodeAssertionClient: {
			Cause: "O provedor não conhece o cliente indicado na asserção: o client_id não existe, ou o iss e o sub da asserção não batem com ele.",
			Hint:  "Confira o client_id do perfil (os clientes de homologação e de produção são diferentes).",
		},
		auth.CodeMethodNotRegistered: {
			Cause: "O cliente não está cadastrado para este método de autenticação: o provedor não tem chave, segredo ou certificado dele para esse tipo de autenticação.",
			Hint:  "Peça aos administradores do provedor que registrem a chave ou o certificado para o cliente, ou defina o auth_method para o método com que o cliente está cadastrado.",
		},
		auth.CodeAssertionRequest: {
			Cause: "O provedor diz que o pedido de token com a asserção do cliente está malformado: o cliente se autenticou duas vezes (um client_secret ou um header Authorization além da asserção) ou o client_assertion_type está errado.",
			Hint:  "Tire client_secret, client_assertion e Authorization dos params e headers do perfil; o tokentui envia só a asserção.",
		},
		auth.CodeAssertionUnauthorized: {
			Cause: "O cliente existe, mas não pode usar o grant client_credentials, ou não pode se autenticar com uma asserção assinada.",
			Hint:  "Peça aos administradores do provedor que habilitem client_credentials e este método de autenticação (token_endpoint_auth_method) para o cliente.",
		},
		auth.CodeCertRefused: {
			Cause: "O provedor não aceitou o certificado do cliente (tls_client_auth): ele pode não ter sido emitido por uma CA em que o provedor confia, o titular pode não ser o registrado, ou ele pode ter expirado.",
			Hint:  "Confira se o client_cert é o certificado registrado para o cliente e o client_key a chave dele, se não expirou e se o pedido foi ao endpoint mTLS; o 'tokentui diagnose' mostra o titular e a impressão digital.",
		},
		auth.CodeSelfSignedCertRefused: {
			Cause: "O provedor não aceitou o certificado autoassinado do cliente (self_signed_tls_client_auth): não é o registrado para o cliente, ou expirou.",
			Hint:  "Registre este certificado (ou o JWK da chave dele) para o cliente, ou aponte client_cert para o registrado; o 'tokentui diagnose' mostra a impressão digital SHA-256 dele.",
		},
		auth.CodeCertMissing: {
			Cause: "Nenhum certificado de cliente chegou ao provedor: o pedido não foi feito com TLS mútuo, ou um proxy encerrou a conexão TLS.",
			Hint:  "Confira client_cert e client_key no perfil e se o pedido de token vai ao endpoint mTLS (mtls_endpoint_aliases); um proxy que intercepta o TLS não consegue repassar o certificado.",
		},
		auth.CodeCertUntrusted: {
			Cause: "O provedor não confia no certificado do cliente: ele não foi emitido por uma CA aceita pelo provedor para tls_client_auth, ou a cadeia está incompleta.",
			Hint:  "Use um certificado emitido pela CA que o provedor indicar, com os intermediários no client_cert; para um autoassinado, use self_signed_tls_client_auth.",
		},
		auth.CodeCertSubject: {
			Cause: "O titular do certificado do cliente não é o registrado para o cliente.",
			Hint:  "Aponte client_cert para o certificado com o titular registrado, ou peça ao provedor que registre o titular deste.",
		},
		auth.CodeCertThumbprint: {
			Cause: "O certificado do cliente não é o registrado para o cliente (a impressão digital SHA-256 é outra).",
			Hint:  "Registre este certificado no provedor, ou aponte client_cert e client_key para o registrado; o 'tokentui diagnose' mostra a impressão digital enviada.",
		},
		auth.CodeCertValidity: {
			Cause: "O certificado do cliente expirou ou ainda não é válido.",
			Hint:  "Obtenha um certificado novo (ou gere um autoassinado novo), registre-o para o cliente e confira o relógio desta máquina.",
		},
		auth.CodeCertClient: {
			Cause: "O provedor não conhece o client_id enviado com o certificado.",
			Hint:  "Confira o client_id do perfil (os clientes de homologação e de produção são diferentes).",
		},
		auth.CodeCertHandshake: {
			Cause: "O provedor interrompeu o handshake TLS: não aceitou o certificado do cliente (ausente, expirado, de uma CA em que ele não confia, ou não o registrado).",
			Hint:  "Confira client_cert e client_key (a chave tem de ser a do certificado), a validade e o emissor; o 'tokentui diagnose' confere o certificado localmente.",
		},
		auth.CodeCertUnauthorized: {
			Cause: "O cliente existe, mas não pode usar o grant client_credentials, ou não pode se autenticar com um certificado.",
			Hint:  "Peça aos administradores do provedor que habilitem client_credentials e este método de autenticação (token_endpoint_auth_method) para o cliente.",
		},
	}
}
