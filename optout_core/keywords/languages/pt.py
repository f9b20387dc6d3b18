"""Portuguese (Brazil and Portugal), with and without accents, and the fillers people add (por favor, pfv)."""

from ..lexicon import Intent, Lexicon, Rule

# Words that can only be our texts: named after a verb, what follows only describes them ("os lembretes das consultas").
TEXTS = (r"(?:mensagens?|msgs?|sms|torpedos?|textos?|notificacoes|alertas|promocoes|promos?|ofertas|propagandas|"
         r"lembretes|avisos|publicidades?|anuncios|newsletters?)")
# ... and the words that may point at them ("isso", "isto").
MESSAGES = rf"(?:{TEXTS}|alerta|propaganda|isso|isto)"
TEXTS_DETERMINERS = (r"(?:(?:as|os|a|o|essas|esses|estas|estes|suas|seus|minhas|meus|mais|nas|nos|na|no|todas\s+as|"
                     r"todos\s+os|o\s+envio\s+de|vossas|vossos)\s+){0,2}")
SEND = r"(?:enviar|mandar|escrever|contatar|contactar|incomodar|perturbar|encher)"
AGAIN = r"(?:de\s+novo|denovo|dnv|novamente|outra\s+vez|de\s+volta)"
# What the texts asked for are about, named after them ("os avisos do condomínio", "as mensagens da igreja").
ABOUT = r"(?:\s+(?:de|do|da|dos|das|para|pro|pra|sobre)\s+\w+)*"
# Not a question asking why, nor the writer telling what is done to them: "por que me colocam de novo nas mensagens?",
# "vocês sempre me incluem nas promoções".
NOT_TOLD = (r"(?<!\bque\s)(?<!\bq\s)(?<!\bporque\s)(?<!\bpq\s)(?<!\bquem\s)(?<!\bsempre\s)(?<!\bvoces\s)"
            r"(?<!\bvcs\s)(?<!\beles\s)(?<!\bele\s)(?<!\bela\s)(?<!\belas\s)(?<!\bse\s)")
# What an opt-in asks to be sent: the texts in the plural (one message sent again is a resend, not an opt-in).
WANTED = (r"(?:mensagens|msgs|torpedos|textos|notificacoes|alertas|promocoes|promos|ofertas|propagandas|lembretes|avisos|"
          # written without the plural after a plural article: "as promo", "as msg"
          r"novidades|atualizacoes|cupons|(?<=\bas\s)(?:promo|msg|mensagem|notificacao))")
# Texts wanted somewhere else than by SMS to this number ("me mandem as ofertas por e-mail", "para outro número").
BY_OTHER_MEANS = (r"(?!(?:\s+\w+){0,4}\s+(?:por|pelo|no|via|para|pro|pra)\s+(?:meu\s+|o\s+)?(?:email|e\s+mail|mail|"
                  r"whatsapp|zap|messenger|correio|outro\s+(?:numero|celular|telefone))\b)")
# Putting the writer on the texts, in the forms one asks with (not the past, which tells: "me cadastraram"): after
# "me" ("me cadastra", "pode me incluir", "me colocam de novo?") or before it ("cadastre-me", "inclua-me").
PUT_ON = (r"(?:(?:re)?cadastr(?:ar|a|am|e|em)|adicion(?:ar|a|am|e|em)|add|registr(?:ar|a|am|e|em)|coloc(?:ar|a|am)|"
          r"coloqu(?:e|em)|bot(?:ar|a|am|e|em)|(?:re)?inscrev(?:er|e|em|a|am)|inclu(?:ir|i|a|am|em)|ponh(?:a|am)|por|poe)")
PUT_ON_BEFORE_ME = (r"(?:(?:re)?cadastr(?:e|em|a)|adicion(?:e|em|a)|registr(?:e|em|a)|coloqu(?:e|em)|coloca|"
                    r"bot(?:e|em|a)|(?:re)?inscrev(?:a|am|e)|inclu(?:a|am|i)|ponh(?:a|am))\s+me")
OTHER_TARGETS = (r"(?:(?:meu|minha|meus|minhas|o|a|os|as|do|da|de|um|uma|esse|essa|esses|essas|este|esta|seu|sua)\s+)"
                 r"{0,3}"
                 r"(?:pedidos?|encomendas?|consultas?|agendamentos?|reservas?|receitas?|remedios?|medicamentos?|"
                 r"emails?|e\s+mails?|entregas?|assinatura\s+(?:da|do)\s+(?:revista|jornal)|ligacoes|ligar\w*|"
                 r"cartao|conta|pagamentos?|compras?|produtos?|boletos?|faturas?|caixas?|pacotes?|lanches?|comida|pizzas?|itens)"
                 r"(?!\s+(?:e\s+(?:as\s+)?mensagens|mensagens))")

LEXICON = Lexicon(
    language="pt",
    keywords={
        Intent.OPT_OUT: ("parar", "pare", "sair", "descadastrar", "cancelar inscricao", "descadastre",
                         "descadastro", "chega", "nao quero mais", "remover", "excluir", "me tira",
                         "me tire", "me remova", "me descadastra", "me descadastre", "cancela", "parem",
                         "descadastrar por favor", "nao obrigado", "sair da lista", "cancelar assinatura", "desativar",
                         "desative", "desativem"),
        Intent.OPT_IN: ("voltar", "receber", "retomar", "reativar", "inscrever", "reinscrever", "comecar",
                        "iniciar", "assinar", "ativar", "activar", "reativar mensagens"),
        Intent.HELP: ("ajuda", "informacao", "informacoes", "info", "quem e", "quem e voce", "quem fala",
                      "o que e isso", "preciso de ajuda", "socorro", "suporte", "ajda", "ajudaa", "auxilio"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"nao\s+(?:tenho|temos)\s+interesse|\bnao\s+(?:me\s+)?interessa\b|\bsem\s+interesse\b",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("stop receiving", r"(?:deixar|parar)\s+de\s+receber|\bsair\s+(?:da|dessa|desta|de\s+sua|"
                                   r"de\s+vossa)\s+lista|\b(?:parem|pare|chega)\s+com\s+(?:essas|estas|as|suas)\s+"
                                   r"(?:mensagens|msgs?|sms)"),
            Rule("stop sending", rf"(?:parem|pare|parar|para|deixem|deixe|deixa|deixar|chega|basta)\s+de\s+(?:me\s+|nos\s+)?"
                                 rf"{SEND}\w*"),
            Rule("do not want", rf"(?:nao|n)\s+(?:quero|qro|qero|desejo|preciso|pretendo|tenciono|tenho\s+interesse)\s+(?:mais\s+)?"
                                rf"(?:continuar\s+(?:a\s+)?)?(?:receber\s+|recebendo\s+)?(?:mais\s+)?(?:essas\s+|estas\s+|as\s+|suas\s+)?"
                                rf"(?:{MESSAGES}|receber|recebendo|nada|mais|ser\s+(?:mais\s+)?(?:contactad|contatad|incomodad)\w*)\b",
                 negatable=False),
            Rule("do not send", r"(?:nao|n)\s+(?:me\s+|nos\s+)?(?:envie|enviem|mande|mandem|manda|envia|escreva|escrevam|"
                                r"contate|contatem|incomode|incomodem)\s+(?:mais|nada)\b|\bnao\s+(?:me\s+)?"
                                r"(?:envie|enviem|mande|mandem)\s+(?:mais\s+)?(?:mensagens|sms)",
                 negatable=False),
            Rule("unsubscribe", r"(?:descadastr\w*|me\s+(?:tire|tira|tirem|remova|removam|remove|exclua|excluam|"
                                r"exclui|retire|retirem)|tirem\s+me|remova\s+me|exclua\s+me|tir[ae]\s+(?:eu|a\s+gente)|"
                                r"cancel\w*\s+(?:a\s+|minha\s+)?inscricao"
                                # "cancela minha inscrição no retiro": a registration for something else
                                r"(?!\s+(?:no|na|do|da|em|para|pro|pra|ao|nos|nas)\s+(?!mensagens|sms|alertas|notificacoes|"
                                r"lista)\w))\b"),
            Rule("want them to stop", r"(?:quero|queria|gostaria)\s+(?:que|q)\s+(?:voces\s+|vcs\s+)?(?:parem|deixem\s+de\s+"
                                      r"(?:mand|envi)\w*)"),
            # "não precisa mandar mais SMS", "não é preciso enviarem mensagens"
            Rule("no need to send", r"(?:nao|n)\s+(?:precisa|precisam|e\s+preciso|e\s+necessario|ha\s+necessidade)\s+"
                                    r"(?:de\s+)?(?:me\s+)?(?:continuar\s+a\s+|continuar\s+)?(?:mand|envi|escrev)\w*",
                 negatable=False),
            Rule("cut it out", r"(?:para|pare|parem)\s+com\s+(?:isso|isto)\s*$"),
            Rule("remove my number", r"(?:tir|retir|remov|exclu|apag|delet|elimin)(?:e|em|a|am|ar|er|i|ir|ue|uem)\s+(?:o\s+)?(?:meu|este|esse)\s+"
                                     r"(?:numero|telefone|celular|contato|contacto|telemovel)\b(?!\s+d[eao]\s+(?:pedido|conta|"
                                     r"cartao|cliente|protocolo|rastreio|cadastro))|"
                                     # "a remoção dos meus dados" (a request to be erased)
                                     r"\b(?:remocao|exclusao|eliminacao|apagamento)\s+(?:imediata\s+)?(?:do|dos|de)\s+"
                                     r"(?:meu|meus)\s+(?:dados|numero|contacto|contato|telefone)|\b(?:anular|cancelar)\s+"
                                     r"(?:a\s+|minha\s+)?(?:subscricao|assinatura|inscricao)\b"
                                     # "a assinatura da revista": a subscription to something other than the texts.
                                     r"(?!\s+(?:da|do|de|no|na)\s+(?!mensagens|sms|alertas|notificacoes)\w)"),
            # a verb of ending in any person, the texts named after it (not "o envio", which may be a parcel's)
            Rule("stop the messages", rf"(?:par(?:ar|e|em)|cancel(?:ar|e|em|a)|suspend(?:er|a|am|e)|desativ(?:ar|e|em|a)|"
                                      rf"deslig(?:ar|ue|uem|a)|bloque(?:ar|ie|iem|ia)|interromp(?:er|a|am)|tir(?:ar|e|em|a)|"
                                      rf"retir(?:ar|e|em|a)|remov(?:er|a|am|e)|corta|cortem|corte|cortar)\s+"
                                      rf"{TEXTS_DETERMINERS}{MESSAGES}\b"),
            # how they are stopped, impersonal: "como se desativa a publicidade?", "como é que se cancela isto?"
            Rule("how are they stopped", r"(?:como|onde)\s+(?:e\s+que\s+)?(?:se|eu|a\s+gente)\s+(?:desativa|desativam|"
                                         r"cancela|cancelam|para|param|sai|remove|desliga|desligam|bloqueia|descadastra|"
                                         r"tira|tiram|desinscreve|anula)(?:\s+(?:isso|isto|disso|disto|daqui))?"
                                         r"(?=\s*$|\s+" + TEXTS_DETERMINERS + MESSAGES + r"\b)"),
            Rule("how to stop", r"(?:como|o\s+que\s+(?:eu\s+)?(?:faco|devo\s+fazer|envio|mando|respondo|escrevo)\s+(?:para|pra|p)|"
                                r"tem\s+como|"
                                r"posso)\s+(?:e\s+que\s+)?(?:eu\s+)?(?:faco\s+)?(?:para\s+|pra\s+|p\s+)?(?:me\s+)?(?:parar|cancelar|sair|"
                                # the first person: "como é que deixo de receber", "como eu saio disso"
                                r"deixo\s+de\s+receber|paro\s+de\s+receber|saio|cancelo|desativo|desligo|removo|bloqueio|"
                                r"descadastr\w*|nao\s+receber|bloquear|parar\s+de\s+receber|deixar\s+de\s+receber|desativar|"
                                r"desligar|desinscrever|remover)\b"
                                # not when another thing is named after the verb ("como desativo o débito automático?")
                                r"(?!\s+(?:o|a|os|as|meu|minha|meus|minhas|um|uma|esse|essa|este|esta)\s+(?!(?:mensagens?|"
                                r"sms|msgs?|notificacoes|alertas|promocoes|promos?|ofertas|propagandas?|lembretes|avisos|"
                                r"publicidades?|envio|servico\s+de\s+(?:sms|mensagens)|inscricao|assinatura|lista)\b)\w)"),
            Rule("wrong number", r"(?:numero|pessoa)\s+errad[oa]|\bnumero\s+nao\s+e\s+mais\s+(?:de|dessa|desse|da|"
                                 r"do|dela|dele)|\bnao\s+e\s+mais\s+(?:o\s+)?(?:numero|telefone)\s+d|\b(?<!por\s)engano\b|"
                                 r"\b(?:numero|telefone|celular|telemovel)\s+nao\s+e\s+(?:mais\s+)?(?:d[aoe]|dess[ae]|dest[ae])\b|\bnao\s+e\s+(?:o\s+)?meu\s+numero|"
                                 r"\bnao\s+sou\s+(?:eu|essa\s+pessoa)|\b(?:faleceu|morreu|falecid[oa])\b|\bnao\s+sou\s+(?:o|a)\s+\w+$|"
                                 # nobody by that name; a number that is someone else's now
                                 r"\bnao\s+conhe(?:co|cemos)\s+(?:nenhum|nenhuma)\b|\bninguem\s+(?:com\s+esse\s+nome|"
                                 r"se\s+chama)\b|\b(?:numero|telefone|celular|telemovel)\s+(?:agora\s+)?(?:e|pertence)\s+"
                                 r"(?:agora\s+)?(?:de|a)\s+outra\s+pessoa\b|\boutra\s+pessoa\s+(?:usa|tem)\s+(?:agora\s+)?"
                                 r"(?:este|esse)\s+numero\b|\b(?:tem|ha|existe|mora)\s+(?:nenhum|nenhuma|ninguem)\s+(?:\w+\s+){0,2}?(?:neste|nesse|"
                                 r"com\s+este|com\s+esse)\s+(?:numero|telefone|celular|telemovel)\b",
                 negatable=False),
            Rule("off the list", r"(?:tir|retir|remov|exclu|apag|elimin)\w*\s+(?:me\s+|nos\s+)?(?:da|dessa|desta|das|"
                                 r"de\s+sua|de\s+vossa)\s+listas?\b(?!\s+de\s+(?:espera|presenca|convidados|compras|"
                                 r"chamada|alunos|presentes))"),
            Rule("consent refused", r"nunca\s+(?:me\s+)?(?:cadastrei|inscrevi|autorizei|aceitei|pedi|assinei|dei\s+(?:o\s+|a\s+)?"
                                    r"(?:meu\s+|minha\s+)?(?:consentimento|autorizacao|permissao))|"
                                    r"\bnao\s+(?:autorizo|autorizei|aceito|dei\s+(?:a\s+)?(?:minha\s+)?(?:permissao|autorizacao|consentimento))|"
                                    r"\bsem\s+(?:minha\s+)?(?:autorizacao|permissao|meu\s+consentimento)",
                 negatable=False),
            # "quando sai meu processo?" asks a lawyer's office about a case; "processar o pagamento" is a payment
            Rule("legal threat", r"(?:(?:meu|um)\s+advogado|processar\s+(?:voces|vcs|vc|voce|a\s+empresa|se)\b|"
                                 r"vou\s+processar|processo\s+(?:contra|judicial)|procon|assedio|denunciar|anatel|justica|rgpd|lgpd|cnpd|"
                                 r"nao\s+me\s+perturbe|naomeperturbe)\b"),
            # erasure asked for: "apaguem os meus dados", "excluam meus dados"
            Rule("erase my data", r"(?:apag|exclu|remov|elimin|delet)\w*\s+(?:todos\s+)?(?:os\s+)?meus\s+(?:dados|contactos|"
                                  r"contatos)\b"),
            Rule("leave me alone", r"(?:me\s+)?(?:deixem|deixe|deixa)\s+(?:me\s+)?em\s+paz|\bchega\s+de\b|"
                                   r"\bque\s+saco\b"),
            Rule("complaint about more texts", r"por\s*que\s+(?:voces\s+|vcs\s+)?(?:continuam|ainda)\s+(?:me\s+)?"
                                               r"(?:mandando|enviando|mandam|enviam)|"
                                               r"\b(?:ja\s+|eu\s+)(?:ja\s+)?(?:pedi|falei|disse|mandei)\s+(?:para\s+|pra\s+|p\s+)?(?:parar|sair|stop|"
                                               r"me\s+tirar|cancelar)|"
                                               # "quantas vezes vou ter que pedir pra parar?"
                                               r"\bquantas\s+vezes\s+(?:\w+\s+){0,4}?(?:pedir|pedi|falar|falei|dizer|disse|"
                                               r"mandar|mandei)\s+(?:para\s+|pra\s+|p\s+)?(?:parar|pararem|sair|me\s+tirar|"
                                               r"cancelar|stop)\b|\b(?:vezes|vez)\s+que\s+(?:eu\s+)?(?:peco|digo|mando|falo|pedi|disse|mandei|falei|ja\s+pedi|"
                                               r"ja\s+disse|ja\s+mandei)\s+(?:para\s+|pra\s+|p\s+)?(?:parar|pararem|sair|stop|"
                                               r"me\s+tirar|cancelar)\b", negatable=False),
        ),
        Intent.OPT_IN: (
            # "podem voltar a enviar-me os lembretes das consultas?", "quero receber os avisos de entrega"
            Rule("send the texts again", r"(?:(?:pode|podem|poderia|poderiam|podes)\s+)?voltar\s+a\s+(?:me\s+)?"
                                         r"(?:enviar|mandar)(?:\s+me)?\s+"
                                         rf"{TEXTS_DETERMINERS}{TEXTS}\b|\b(?:quero|queria|gostaria\s+de)\s+(?:voltar\s+a\s+)?"
                                         rf"receber\s+{TEXTS_DETERMINERS}{TEXTS}\b{BY_OTHER_MEANS}", targeted=True),
            # "me cadastra de novo nas promo", "pode me colocar de novo?"
            # "podem me colocar de volta nas mensagens?"
            Rule("put me back", rf"{NOT_TOLD}me\s+{PUT_ON}\s+de\s+volta\s+(?:na|nas|no|nos)\s+"
                                r"(?:lista|" + TEXTS + r")\b"),
            Rule("put me back", rf"{NOT_TOLD}me\s+{PUT_ON}\s+(?:(?:na|nas|no|nos)\s+"
                                r"(?:lista|" + TEXTS + r")\s+)?(?:de\s+novo|novamente|outra\s+vez)(?:\s*$|\s+(?:na|nas|no|nos)\s+(?:lista|" + TEXTS + r")\b"
                                # not "a lista de espera"
                                r"(?!\s+de\s+(?:espera|presenca|convidados|compras|chamada|alunos|presentes)))"),
            Rule("receive again", r"(?:(?:quero|queria)\s+(?:receber\s+)?(?:as\s+|os\s+|minhas\s+|meus\s+)?(?:mensagens|"
                                  r"notificacoes|alertas|promocoes|ofertas|sms)\s+(?:de\s+novo|novamente|outra\s+vez)|"
                                  r"voltar\s+a\s+(?:subscrever|assinar|me\s+inscrever|se\s+inscrever|me\s+cadastrar)|"
                                  r"resubscrever|voltar\s+a\s+receber|receber\s+(?:novamente|de\s+novo)|"
                                  r"quero\s+receber\s+(?:as\s+)?mensagens" + BY_OTHER_MEANS + r"|voltar\s+a\s+(?:me\s+)?(?:enviar|mandar)\s+(?:as\s+|"
                                  r"os\s+|suas\s+|minhas\s+|meus\s+)?(?:mensagens|sms|alertas|notificacoes|promocoes|ofertas))"),
            # "quero me cadastrar nas mensagens", "me inscreve nos alertas": the texts named
            Rule("sign me up for the texts", r"(?:(?:quero|queria|gostaria\s+de)\s+(?:me\s+)?(?:cadastrar|inscrever|assinar)|"
                                             rf"{NOT_TOLD}me\s+{PUT_ON})\s+(?:de\s+novo\s+|novamente\s+)?"
                                             rf"(?:nas|nos|as|os|para\s+(?:as|os)|pra\s+(?:as|os)|em)\s+(?:{TEXTS})\b",
                 targeted=True),
            Rule("subscribe", r"(?:reativ\w*|inscrev\w*\s+(?:de\s+novo|novamente)|me\s+inscreva|me\s+cadastre\s+"
                              r"(?:de\s+novo|novamente)|me\s+adicion\w+\s+(?:de\s+novo|novamente))"),
            # Put on the texts in every form one asks it in, the texts named or asked for again: "podem me incluir de
            # novo nos avisos por sms?", "me cadastra de novo pfv", "inclua-me nas mensagens da igreja", "quero que me
            # coloquem de volta na lista".
            Rule("put me on the texts", rf"(?:(?:(?:pode|podem|poderia|poderiam|podes|consegue|conseguem)\s+)?{NOT_TOLD}me\s+"
                                        rf"{PUT_ON}|{PUT_ON_BEFORE_ME}|(?:quero|queria|gostaria)\s+que\s+me\s+"
                                        r"(?:cadastr|adicion|registr|coloqu|bot|inscrev|inclu|ponh)\w*)"
                                        rf"(?:(?:\s+{AGAIN})?\s+(?:na|nas|no|nos|em|para\s+(?:as|os)|pra\s+(?:as|os)|pros|pras)\s+"
                                        rf"(?:lista\s+(?:de|das|dos)\s+)?{TEXTS}\b{ABOUT}|\s+{AGAIN}(?=\s*$|\s+(?:por\s+favor|"
                                        r"pfv|pf|pfvr|obg|obrigad\w*|ai|aqui|ja)\b))",
                 targeted=True),
            # Switched on again: "ativa as mensagens de novo", "pode ativar as notificações de novo?"
            Rule("switch the texts on again", rf"(?:(?:pode|podem|poderia|poderiam|podes)\s+)?ativ(?:ar|a|e|em)\s+"
                                              rf"(?:{AGAIN}\s+{TEXTS_DETERMINERS}{WANTED}\b|{TEXTS_DETERMINERS}{WANTED}\b{ABOUT}"
                                              rf"\s+{AGAIN})", targeted=True),
            # Sending asked for: "me manda as promos de novo", "podem me mandar os avisos?", "volta a me mandar as
            # promoções", "mande-me os lembretes", "manda de novo as mensagens"; not the past ("me mandaram") nor by
            # e-mail.
            Rule("send me the texts", rf"(?:(?:(?:pode|podem|poderia|poderiam|podes|consegue|conseguem)\s+)?{NOT_TOLD}me\s+"
                                      rf"(?:mand|envi)(?:ar|a|e|em)|(?:mand|envi)(?:e|em|a)\s+me|{NOT_TOLD}(?:mand|envi)(?:a|e|em)"
                                      rf"(?=\s+{AGAIN})|volt(?:a|e|em)\s+a\s+"
                                      rf"(?:me\s+)?(?:mand|envi)ar(?:\s+me)?|(?:quero|queria|gostaria)\s+que\s+(?:voces\s+|"
                                      rf"vcs\s+)?me\s+(?:mand|envi)(?:em|e))\s+(?:{AGAIN}\s+)?{TEXTS_DETERMINERS}{WANTED}\b"
                                      rf"{BY_OTHER_MEANS}{ABOUT}", targeted=True),
            # Still wanted: "quero continuar recebendo as mensagens"
            Rule("keep receiving", r"(?:quero|qro|qero|kero|queria|gostaria\s+de|desejo)\s+(?:continuar\s+(?:a\s+)?receb(?:er|endo)|"
                                   r"seguir\s+recebendo)"),
            # The texts wanted back: "quero as msgs de volta", "quero voltar pra lista", "quero voltar a receber os
            # devocionais, pode me colocar
            # de novo?" (the wish opens the request, so a question after it still asks).
            Rule("want the texts back", rf"(?:quero|qro|qero|kero|queria|gostaria\s+de|preciso)\s+(?:(?:voltar\s+a\s+receber|receber\s+"
                                        rf"{AGAIN})\b|voltar\s+(?:para|pra|pro)\s+(?:a\s+)?lista\b(?!\s+de\s+(?:espera|presenca|"
                                        rf"convidados|compras|chamada|alunos|presentes))|(?:receber\s+)?{TEXTS_DETERMINERS}{TEXTS}\b{ABOUT}\s+{AGAIN})",
                 targeted=True),
        ),
        Intent.HELP: (
            Rule("who gave you my number", r"quem\s+(?:\w+\s+)?(?:deu|passou)\s+(?:o\s+)?meu\s+(?:numero|telefone|celular|contato)|"
                                           # "quem me cadastrou nisso?", "quem me inscreveu?"
                                           r"\bquem\s+me\s+(?:cadastrou|inscreveu|adicionou|colocou|registou|registrou|"
                                           r"assinou)\b"),
            Rule("who am I talking to", r"com\s+quem\s+(?:eu\s+)?(?:falo|estou\s+falando|to\s+falando|estou\s+a\s+falar)\b"),
            Rule("more information", r"(?:mais|maiores)\s+(?:informacoes|informacao|info|infos|detalhes)\b|"
                                     r"\b(?:quero|queria|gostaria\s+de)\s+saber\s+mais\b"),
            Rule("need help", r"preciso\s+de\s+(?:ajuda|informacao|informacoes)\b|^ajud\w*|\bnao\s+(?:entendi|entendo)\s+(?:a|essa|esta|sua)\s+"
                              r"(?:mensagem|sms|msg)\b"),
            Rule("who is this", r"quem\s+(?:e|eh|fala|sao|e\s+voce|sao\s+voces|(?:esta|ta)\s+(?:falando|mandando|enviando)|"
                                r"(?:me\s+)?(?:envia|manda|enviou|mandou)\s+(?:esta|essa|este|esse|estas|essas|isso|isto|"
                                r"as|os|a)\b|(?:me\s+)?(?:envia|manda)\s*$)\b|"
                                # "que igreja é essa?", "qual é a empresa?"
                                r"\b(?:que|qual)\s+(?:numero|empresa|loja|igreja|clinica|farmacia|escola|banco|academia|"
                                r"restaurante|consultorio|hospital|mercado|supermercado|oficina|salao|programa|clube|"
                                r"condominio|imobiliaria|operadora|marca)\s+(?:e|eh|sao)\s+(?:esse|este|essa|esta|voces|vcs)\b|"
                                # "de qual empresa vocês são?", "é da clínica?"
                                r"\bde\s+(?:que|qual)\s+(?:empresa|loja|igreja|clinica|farmacia|escola|banco|academia|operadora|"
                                r"marca|programa)\s+(?:voces\s+|vcs\s+)?(?:sao|e|eh|falam|estao|e\s+(?:isso|isto|essa|esta))\b|"
                                r"(?:^|\b(?:isto|isso|esta\s+mensagem|essa\s+mensagem)\s+)(?:e|eh)\s+d[ao]\s+(?:clinica|farmacia|"
                                r"escola|banco|academia|igreja|loja|empresa|operadora|prefeitura|hospital|consultorio)\b|"
                                r"\bnao\s+sei\s+(?:de\s+onde|quem|o\s+que)\s+(?:e|eh|sao|vem|veio|enviou|mandou)\b"),
            # "qual encomenda?", "que consulta?": the thing the text names, asked about alone in its clause
            Rule("which thing", r"^(?:qual|que|q)\s+(?:encomenda|pedido|entrega|consulta|conta|pagamento|fatura|boleto|"
                                r"compra|cobranca|pacote|divida|premio|reserva)$"),
            Rule("why am I getting this", r"por\s*que\s+(?:voces\s+|vcs\s+)?(?:estao\s+)?(?:me\s+)?(?:mandando|enviando|"
                                          r"mandam|enviam|escrevem|escrevendo)\b"),
            Rule("what is this", r"(?:o\s+|oq\s+|oque\s+)?(?:que|q)\s+(?:e|eh)\s+(?:isso|isto|essa\s+mensagem|esta\s+mensagem|"
                                 r"esse\s+sms|este\s+sms)|\bo\s+que\s+significa\s+(?:esta|essa|este|esse)\s+(?:mensagem|sms|msg)|\bdo\s+que\s+se\s+trata|"
                                 r"\bsobre\s+o\s+que\b|\bde\s+onde\s+(?:e|eh|vem|veio|sao)\s+(?:esta|essa|este|esse|isso|"
                                 r"isto)\b|"
                                 r"\b(?:que|qual)\s+(?:numero|empresa|loja|mensagem|msg)\s+(?:e|eh)\s+"
                                 r"(?:esse|este|essa|esta)"),
            Rule("how did you get my number", r"(?:como|onde|de\s+onde)\s+(?:voces\s+|vcs\s+)?(?:conseguiram|pegaram|"
                                              r"obtiveram|arrumaram|tem|tiraram|tirou|pegou)\s+(?:o\s+)?meu\s+(?:numero|telefone|contato|contacto|telemovel|celular)"),
            Rule("is this a scam", r"(?:e|eh|isso\s+e)\s+(?:um\s+|uma\s+)?(?:golpe|fraude|verdade|burla|esquema)\b|"
                                   r"\b(?:golpe|burla)\s*$|\bparece\s+(?:um\s+|uma\s+)?(?:golpe|fraude|burla)\b|"
                                   # "isto é mesmo da MEO?", "é mesmo do banco?": whether the sender is who it says
                                   r"\b(?:e|eh|sao)\s+(?:mesmo|realmente|de\s+verdade)\s+d[aoe]\b|"
                                   r"\b(?:golpe|fraude|burla|spam)\s+ou\s+(?:e\s+)?(?:verdade|real|golpe|fraude)\b"),
        ),
    },
    filler="por favor pf pfv pfvr obrigado obrigada obg brigado ola oi ja agora bom dia ok favor urgente imediatamente "
           "logo rapido",
    filler_phrases=("por favor", "muito obrigado", "muito obrigada", "bom dia", "boa tarde", "boa noite"),
    negators="nao n nunca jamais nem",
    frames=r"quero|queria|gostaria\s+de|desejo|preciso|pode|podem|poderia|como\s+faco\s+para|como",
    tails="me mais ja tudo isso agora ai",
    other_targets=OTHER_TARGETS,
    # "parem de mandar o lanche errado": the wrong thing, named right after the verb, is not the texts
    other_objects=(r"(?:(?:o|a|os|as|esse|essa|esses|essas|um|uma|me)\s+)?(?!(?:numero|pessoa|mensagens?|celular|"
                   r"telefone)\b)\w+\s+(?:errad[oa]s?|trocad[oa]s?)\b"),
    jokes=r"kkk\w*|rsrs\w*|haha\w*",
    messages=MESSAGES,
    reported_speech=r"(?:minha\s+(?:esposa|mae|filha)|meu\s+(?:marido|pai|filho)|ele|ela)\s+(?:disse|falou|quer)",
    mistakes=r"(?:por\s+engano|sem\s+querer|por\s+acidente|foi\s+engano)",
    told=r"(?:mandei|enviei|respondi|escrevi|coloquei|pus|digitei)\s+(?:o\s+|a\s+palavra\s+)?(?:pare|parar|sair|stop|"
         r"cancelar)",
    # "parem de ligar, prefiro mensagem": the texts are fine, something else is not
    texts_welcome=(r"prefiro\s+(?:\w+\s+){0,3}?(?:mensagem|mensagens|texto|sms|whatsapp)\b|"
                   r"\b(?:mensagem|mensagens|sms)\s+(?:pode|tudo\s+bem|ok|sim)\b"),
)
