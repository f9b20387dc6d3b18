"""Portuguese (Brazil and Portugal), with and without accents, and the fillers people add (por favor, pfv)."""

from ..lexicon import Intent, Lexicon, Rule

MESSAGES = r"(?:mensagens?|msgs?|sms|torpedos?|textos?|notificacoes|alertas?|promocoes|ofertas|propagandas?|isso|isto)"
SEND = r"(?:enviar|mandar|escrever|contatar|contactar|incomodar|perturbar|encher)"
OTHER_TARGETS = (r"(?:(?:meu|minha|meus|minhas|o|a|os|as|do|da|de|um|uma|esse|essa)\s+){0,3}"
                 r"(?:pedidos?|encomendas?|consultas?|agendamentos?|reservas?|receitas?|remedios?|medicamentos?|"
                 r"emails?|e\s+mails?|entregas?|assinatura\s+(?:da|do)\s+(?:revista|jornal)|ligacoes|ligar\w*|"
                 r"cartao|conta|pagamentos?|compras?|produtos?|boletos?|faturas?)"
                 r"(?!\s+(?:e\s+(?:as\s+)?mensagens|mensagens))")

LEXICON = Lexicon(
    language="pt",
    keywords={
        Intent.OPT_OUT: ("parar", "pare", "sair", "descadastrar", "cancelar inscricao", "descadastre",
                         "descadastro", "chega", "nao quero mais", "remover", "excluir", "me tira",
                         "me tire", "me remova", "me descadastra", "me descadastre", "cancela", "parem",
                         "descadastrar por favor", "nao obrigado", "sair da lista", "cancelar assinatura"),
        Intent.OPT_IN: ("voltar", "receber", "retomar", "reativar", "inscrever", "reinscrever", "comecar",
                        "iniciar", "assinar", "ativar", "activar", "reativar mensagens"),
        Intent.HELP: ("ajuda", "informacao", "informacoes", "info", "quem e", "quem e voce", "quem fala",
                      "o que e isso", "preciso de ajuda", "socorro", "suporte"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"nao\s+(?:tenho|temos)\s+interesse|\bnao\s+(?:me\s+)?interessa\b|\bsem\s+interesse\b",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("stop receiving", r"(?:deixar|parar)\s+de\s+receber|\bsair\s+(?:da|dessa|desta|de\s+sua|"
                                   r"de\s+vossa)\s+lista|\b(?:parem|pare|chega)\s+com\s+(?:essas|estas|as|suas)\s+"
                                   r"(?:mensagens|msgs?|sms)"),
            Rule("stop sending", rf"(?:parem|pare|parar|para|deixem|deixe|chega|basta)\s+de\s+(?:me\s+|nos\s+)?"
                                 rf"{SEND}\w*"),
            Rule("do not want", rf"(?:nao|n)\s+(?:quero|desejo|preciso|tenho\s+interesse)\s+(?:mais\s+)?"
                                rf"(?:receber\s+)?(?:mais\s+)?(?:essas\s+|estas\s+|as\s+|suas\s+)?"
                                rf"(?:{MESSAGES}|receber|nada|mais)\b", negatable=False),
            Rule("do not send", r"(?:nao|n)\s+(?:me\s+|nos\s+)?(?:envie|enviem|mande|mandem|escreva|escrevam|"
                                r"contate|contatem|incomode|incomodem)\s+(?:mais|nada)\b|\bnao\s+(?:me\s+)?"
                                r"(?:envie|enviem|mande|mandem)\s+(?:mais\s+)?(?:mensagens|sms)",
                 negatable=False),
            Rule("unsubscribe", r"(?:descadastr\w*|me\s+(?:tire|tira|tirem|remova|removam|remove|exclua|excluam|"
                                r"exclui|retire|retirem)|tirem\s+me|remova\s+me|exclua\s+me|"
                                r"cancel\w*\s+(?:a\s+|minha\s+)?inscricao)\b"),
            Rule("cut it out", r"(?:para|pare|parem)\s+com\s+(?:isso|isto)\s*$"),
            Rule("remove my number", r"(?:tire|tirem|retire|retirem|remova|removam|exclua|excluam|apague|apaguem|delete|"
                                     r"deletem|tirar|retirar|remover|excluir|apagar|deletar|eliminar|eliminem)\s+(?:o\s+)?meu\s+(?:numero|telefone|celular|contato|contacto|telemovel)|\b(?:anular|cancelar)\s+"
                                     r"(?:a\s+|minha\s+)?(?:subscricao|assinatura|inscricao)\b"
                                     # "a assinatura da revista": a subscription to something other than the texts.
                                     r"(?!\s+(?:da|do|de|no|na)\s+(?!mensagens|sms|alertas|notificacoes)\w)"),
            Rule("stop the messages", rf"(?:parar|cancelar|cancele|cancelem|suspender|desativar|desativem|"
                                      rf"bloquear|interromper)\s+(?:as\s+|essas\s+|suas\s+|o\s+envio\s+de\s+)?"
                                      rf"{MESSAGES}\b"),
            Rule("how to stop", r"(?:como|o\s+que\s+(?:eu\s+)?(?:faco|devo\s+fazer|envio|mando)\s+para|tem\s+como|"
                                r"posso)\s+(?:eu\s+)?(?:faco\s+)?(?:para\s+|pra\s+|p\s+)?(?:me\s+)?(?:parar|cancelar|sair|"
                                r"descadastr\w*|nao\s+receber|bloquear|parar\s+de\s+receber|deixar\s+de\s+receber|desativar|"
                                r"desligar|desinscrever|remover)"),
            Rule("wrong number", r"(?:numero|pessoa)\s+errad[oa]|\bnumero\s+nao\s+e\s+mais\s+(?:de|dessa|desse|da|"
                                 r"do|dela|dele)|\bnao\s+e\s+mais\s+(?:o\s+)?(?:numero|telefone)\s+d|\bengano\b|\bnao\s+e\s+(?:o\s+)?meu\s+numero|"
                                 r"\bnao\s+sou\s+(?:eu|essa\s+pessoa)|\b(?:faleceu|morreu|falecid[oa])\b", negatable=False),
            Rule("consent refused", r"nunca\s+(?:me\s+)?(?:cadastrei|inscrevi|autorizei|aceitei|pedi|assinei)|"
                                    r"\bnao\s+(?:autorizo|autorizei|aceito|dei\s+(?:a\s+)?(?:minha\s+)?(?:permissao|autorizacao|consentimento))|"
                                    r"\bsem\s+(?:minha\s+)?(?:autorizacao|permissao|meu\s+consentimento)",
                 negatable=False),
            Rule("legal threat", r"(?:advogado|processar|processo|procon|assedio|denunciar|anatel|justica)\b"),
            Rule("leave me alone", r"(?:me\s+)?(?:deixem|deixe|deixa)\s+(?:me\s+)?em\s+paz|\bchega\s+de\b|"
                                   r"\bque\s+saco\b"),
            Rule("complaint about more texts", r"por\s*que\s+(?:voces\s+|vcs\s+)?(?:continuam|ainda)\s+(?:me\s+)?"
                                               r"(?:mandando|enviando|mandam|enviam)|"
                                               r"\b(?:ja\s+|eu\s+)(?:ja\s+)?(?:pedi|falei|disse|mandei)\s+(?:para\s+|pra\s+|p\s+)?(?:parar|sair|stop|"
                                               r"me\s+tirar|cancelar)", negatable=False),
        ),
        Intent.OPT_IN: (
            Rule("receive again", r"(?:(?:quero|queria)\s+(?:receber\s+)?(?:as\s+|os\s+|minhas\s+|meus\s+)?(?:mensagens|"
                                  r"notificacoes|alertas|promocoes|ofertas|sms)\s+(?:de\s+novo|novamente|outra\s+vez)|"
                                  r"voltar\s+a\s+(?:subscrever|assinar|me\s+inscrever|se\s+inscrever|me\s+cadastrar)|"
                                  r"resubscrever|voltar\s+a\s+receber|receber\s+(?:novamente|de\s+novo)|"
                                  r"quero\s+receber\s+(?:as\s+)?mensagens|voltar\s+a\s+(?:me\s+)?(?:enviar|mandar)\s+(?:as\s+|"
                                  r"os\s+|suas\s+|minhas\s+|meus\s+)?(?:mensagens|sms|alertas|notificacoes|promocoes|ofertas))"),
            Rule("subscribe", r"(?:reativ\w*|inscrev\w*\s+(?:de\s+novo|novamente)|me\s+inscreva|me\s+cadastre\s+"
                              r"(?:de\s+novo|novamente)|me\s+adicion\w+\s+(?:de\s+novo|novamente))"),
        ),
        Intent.HELP: (
            Rule("who gave you my number", r"quem\s+(?:\w+\s+)?(?:deu|passou)\s+(?:o\s+)?meu\s+(?:numero|telefone|celular|contato)"),
            Rule("need help", r"preciso\s+de\s+(?:ajuda|informacao|informacoes)\b|^ajud\w*|\bnao\s+(?:entendi|entendo)\s+(?:a|essa|esta|sua)\s+"
                              r"(?:mensagem|sms|msg)\b"),
            Rule("who is this", r"quem\s+(?:e|eh|fala|sao|e\s+voce|sao\s+voces|esta\s+(?:falando|mandando))\b"),
            Rule("why am I getting this", r"por\s*que\s+(?:voces\s+|vcs\s+)?(?:estao\s+)?(?:me\s+)?(?:mandando|enviando|"
                                          r"mandam|enviam|escrevem|escrevendo)\b"),
            Rule("what is this", r"o\s+que\s+(?:e|eh)\s+(?:isso|isto|essa\s+mensagem)|\bdo\s+que\s+se\s+trata|"
                                 r"\bsobre\s+o\s+que\b|\bde\s+onde\s+(?:e|eh|vem|veio|sao)\s+(?:esta|essa|este|esse|isso|"
                                 r"isto)\b|"
                                 r"\b(?:que|qual)\s+(?:numero|empresa|loja|mensagem|msg)\s+(?:e|eh)\s+"
                                 r"(?:esse|este|essa|esta)"),
            Rule("how did you get my number", r"(?:como|onde|de\s+onde)\s+(?:voces\s+|vcs\s+)?(?:conseguiram|pegaram|"
                                              r"obtiveram|arrumaram|tem|tiraram|tirou|pegou)\s+(?:o\s+)?meu\s+(?:numero|telefone|contato|contacto|telemovel|celular)"),
            Rule("is this a scam", r"(?:e|eh|isso\s+e)\s+(?:um\s+)?(?:golpe|fraude|verdade)\b|\bgolpe\s*$"),
        ),
    },
    filler="por favor pf pfv pfvr obrigado obrigada obg brigado ola oi ja agora bom dia ok favor urgente imediatamente "
           "logo rapido",
    filler_phrases=("por favor", "muito obrigado", "muito obrigada", "bom dia", "boa tarde", "boa noite"),
    negators="nao n nunca jamais nem",
    frames=r"quero|queria|gostaria\s+de|desejo|preciso|pode|podem|poderia|como\s+faco\s+para|como",
    tails="me mais ja tudo isso agora ai",
    other_targets=OTHER_TARGETS,
    jokes=r"kkk\w*|rsrs\w*|haha\w*",
    messages=MESSAGES,
    reported_speech=r"(?:minha\s+(?:esposa|mae|filha)|meu\s+(?:marido|pai|filho)|ele|ela)\s+(?:disse|falou|quer)",
    mistakes=r"(?:por\s+engano|sem\s+querer|por\s+acidente|foi\s+engano)",
)
