"""Spanish, with and without accents, formal and informal (usted/tú/ustedes), and the fillers people add."""

from ..lexicon import Intent, Lexicon, Rule

# Words that can only be our texts: named after a verb, what follows only describes them ("los avisos de mis recetas",
# "las notificaciones de entrega").
TEXTS = (r"(?:mensajes?|mensages?|msjs?|mjs?|sms|textos?|mensajitos?|notificaciones|alertas|promociones|promos|ofertas|"
         r"publicidad|anuncios|avisos|recordatorios|correos?\s+de\s+texto)")
# ... and the words that may point at them ("esto", "eso").
MESSAGES = rf"(?:{TEXTS}|alerta|promo|esto|estos|eso|esos)"
# What may stand between a verb and the texts it names: "estas", "todos los", "tantos", "el envio de".
TEXTS_DETERMINERS = (r"(?:(?:los|las|sus|tus|mis|estos|estas|esos|esas|todos\s+los|todas\s+las|el\s+envio\s+de|"
                     r"mas|tantos|tantas|sus\s+benditos|sus\s+benditas)\s+){0,2}")
# Verbs of ending in the forms people ask with (infinitive, present, imperative), not the past: "como desactivo",
# "como se cancelan", "apaguen", "quiten".
ENDING = (r"(?:(?:desactiv|cancel|bloque|quit|anul)(?:ar|a|an|en|e|o|amos)|apag(?:ar|a|an|o)|apagu(?:en|e)|"
          r"suspend(?:er|a|an|e|en|o)|deten(?:er|gan|ga|go)|detien(?:e|en)|par(?:ar|en|e|o)|fren(?:ar|en|a|e)|"
          # Spanglish: "stop los mensajes", "cancel las alertas"
          r"stop|cancel|block|unsubscribe)")
# Sending, asked not to be done: "ya no le manden", "no me envien".
NOT_SENDING = (r"(?:ya\s+)?no\s+(?:me\s+|m\s+|nos\s+|le\s+|les\s+)?(?:manden|envien|mande|envie|mandes|envies|"
               r"sigan\s+(?:mandando|enviando)|vuelvan\s+a\s+(?:mandar|enviar))")
SEND = (r"(?:(?:estar\s+)?(?:enviando|mandando|escribiendo|texteando|molestando)|enviar|mandar|escribir|textear|"
        r"contactar|molestar|spamear|fastidiar|acosar)(?:me|nos|le)?")
# Places and businesses a sender may be ("¿qué farmacia es esta?", "¿de qué agencia es esto?").
BUSINESS = (r"(?:empresa|compania|tienda|negocio|numero|farmacia|clinica|consultorio|agencia|banco|escuela|colegio|"
            r"iglesia|gimnasio|gym|restaurante|oficina|organizacion|programa|servicio|marca|hospital|dentista|salon|"
            r"spa|taller|centro|academia|aseguradora|veterinaria|inmobiliaria|lavanderia|panaderia|cafeteria|edificio|"
            r"club|concesionario|dealer|apartamentos|departamento|complejo|guarderia|kinder|seguro|plan|campana|"
            r"partido|candidato)")
# A list that is not the texts' ("la lista de espera").
NOT_OUR_LIST = r"(?!\s+de\s+(?:espera|invitados|asistencia|regalos|compras|deseos|clase|la\s+clase|alumnos))"
# What an opt-in asks to get (again): the texts in the plural, or the updates they bring. One message or code asked
# for again is a resend, not an opt-in ("mándenme el código otra vez").
WANTED = (r"(?:mensajes|msjs|mensajitos|textos|notificaciones|notifs|alertas|promociones|promos|ofertas|avisos|"
          r"recordatorios|actualizaciones|cupones|codigos\s+de\s+(?:promocion|descuento)|reminders|updates|alerts|texts)")
AGAIN = r"(?:otra\s+vez|otra\s+ves|de\s+nuevo|d\s+nuevo|denuevo|nuevamente)"
# What the texts asked for are about, named after them ("los recordatorios para los taxes", "las alertas de la
# escuela"): part of the request, so its words ("para" is also "stop") are no opt-out left beside it.
ABOUT = r"(?:\s+(?:de|del|para|sobre)\s+(?:(?:el|la|los|las|mi|mis|su|sus)\s+)?\w+)*"
# Texts wanted somewhere else than by SMS to this number ("mándenme las ofertas por correo", "los recordatorios a
# otro número").
BY_OTHER_MEANS = (r"(?!(?:\s+\w+){0,4}\s+(?:por|al|a|en|via)\s+(?:mi\s+|el\s+)?(?:correo|email|e\s+mail|mail|whatsapp|"
                  r"wasap|messenger|facebook|instagram|(?:otro|este\s+otro|mi\s+otro|el\s+otro)\s+(?:numero|cel|celular|"
                  r"telefono))\b)")
# A verb of putting someone on the texts, after "me" when what comes before it does not ask why or tell what is done
# to the writer: "¿por qué me agregan otra vez a las promos?", "siempre me meten a las promos".
NOT_TOLD = (r"(?<!\bque\s)(?<!\bq\s)(?<!\bporque\s)(?<!\bxq\s)(?<!\bpq\s)(?<!\bquien\s)(?<!\bsiempre\s)"
            r"(?<!\bustedes\s)(?<!\buds\s)(?<!\bellos\s)(?<!\bvez\s)(?<!\bcuando\s)(?<!\bsi\s)")
# Putting on: the infinitive ("agregar"), the imperative with its pronoun ("inscríbanme", "agrégame", "pónganme"), the
# present asked ("me agregan", "me inscribes"), the subjunctive wished ("que me agreguen").
PUT_ON_INFINITIVE = r"(?:agregar|anadir|incluir|inscribir|suscribir|poner|apuntar|anotar|registrar|meter|dar\s+de\s+alta)"
PUT_ON_ME = (r"(?:(?:re)?(?:suscrib|inscrib)(?:eme|anme|ame|irme)|agreg(?:ame|arme)|agregu(?:enme|eme)|"
             r"(?:apunt|anot|registr)(?:ame|enme|eme|arme)|inclu(?:yeme|yanme|yame|irme)|pon(?:me|ganme|game|erme)|"
             r"met(?:eme|anme|ame|erme)|anad(?:eme|anme|ame|irme))")
PUT_ON_ASKED = (r"(?:agreg(?:an|as|a)|agregu(?:en|e)|inclu(?:yen|yes|yan|ya)|(?:re)?(?:inscrib|suscrib)(?:en|es|an|a|o)|"
                r"(?:apunt|anot|registr)(?:an|as|en|e|o)|pon(?:en|es|gan|ga)|met(?:en|es|an|a)|anad(?:en|es|an|a))")
PUT_ON_WISHED = (r"(?:agregu(?:en|e)|inclu(?:yan|ya)|(?:inscrib|suscrib)(?:an|a)|(?:apunt|anot|registr)(?:en|e)|"
                 r"pong(?:an|a)|met(?:an|a)|anad(?:an|a))")
# Where the writer is put: the texts, or a list of them ("a las alertas", "para los recordatorios", "a la lista de
# mensajes"), with what they are about.
ON_THE_TEXTS = (rf"\s+(?:a|en|para|al)\s+{TEXTS_DETERMINERS}(?:(?:lista|listas)\s+de\s+(?:mensajes?|textos?|sms|"
                rf"{WANTED})|{WANTED})\b{ABOUT}")
OTHER_TARGETS = (r"(?:(?:mi|mis|el|la|los|las|su|sus|del|de|un|una|este|esta|ese|esa|esos|esas|estos|estas|aquel|"
                 r"aquella|tu|tus|con|recibir|mas)\s+){0,3}"
                 r"(?:pedidos?|ordenes|orden|citas?|reservas?|reservaciones?|recetas?|medicamentos?|medicinas?|"
                 r"correos?(?!\s+de\s+texto)|emails?|entregas?|paquetes?|envios?(?!\s+de\s+(?:mensajes?|textos?|sms|alertas?|"
                 r"promociones|publicidad))|membresias?|cuentas?|tarjetas?|"
                 r"pagos?|llamadas?|llamar\w*|suscripcion\s+(?:a\s+la\s+)?revista|productos?|articulos?|compras?|"
                 r"facturas?|seguros?|polizas?|servicio\s+de\s+(?:cable|internet|luz|agua)|cargos?|cobros?|catalogos?|revistas?|"
                 r"folletos?)"
                 r"(?!\s+(?:y\s+(?:los\s+)?mensajes|mensajes|recordatorios))")

LEXICON = Lexicon(
    language="es",
    keywords={
        Intent.OPT_OUT: ("baja", "detener", "cancelar", "no mas", "alto", "salir", "darme de baja", "para",
                         "pare", "paren", "ya basta", "desuscribir", "desuscribirme", "dar de baja",
                         "de baja", "eliminar", "borrar", "no mas mensajes", "fuera", "no gracias basta",
                         "cancelar suscripcion", "dejen de escribir", "no quiero", "ya no", "suficiente", "quitar",
                         "dejen de enviar", "deten", "detente", "detenga", "detengan", "no molestar", "no molesten",
                         "numero equivocado", "sacame", "borrame", "quitame", "eliminame", "bajas", "dame de baja",
                         "denme de baja", "cancelen", "cancela", "anular", "stop por favor", "desactivar", "desactiven",
                         "desactiva", "parenle", "parale", "bajenle", "ya parenle", "no mas por favor", "bloquear",
                         "eliminen", "borren", "sacarme", "quitarme", "borrarme", "eliminarme", "bajarme",
                         "darme de baja por favor", "desuscribanme", "desuscribeme", "ya no mas", "basta ya",
                         "bajenme", "bajame"),
        Intent.OPT_IN: ("volver", "recibir", "reanudar", "alta", "suscribir", "suscribirme", "alta de nuevo",
                        "comenzar", "empezar", "reactivar", "inicio", "iniciar", "volver a suscribirme",
                        "volver a inscribirme", "suscribanme", "inscribanme", "darme de alta", "denme de alta",
                        "reactivar mensajes", "suscribirme de nuevo", "reactiven"),
        Intent.HELP: ("ayuda", "informacion", "info", "ayudame", "ayudeme", "quien es", "quien eres", "quien habla",
                      "que es esto", "necesito ayuda", "quienes son", "de que se trata", "soporte", "de parte de quien",
                      # AYUDA as it is mistyped
                      "ayda", "auyda", "ayduda", "aiuda", "ayudaa", "ayudenme",
                      # QUIÉN typed as it sounds
                      "kien es", "kien eres", "kien habla", "kienes son"),
    },
    rules={
        Intent.OPT_OUT: (
            # The texts named after a verb of ending or a refusal of sending: "como desactivo estas notificaciones",
            # "como se cancelan estos textos", "apaguen las alertas", "ya no me manden promos del gym", "cancelen los
            # recordatorios de mis citas" (reminders of appointments are texts).
            Rule("the texts named", rf"(?:{ENDING}|{NOT_SENDING})\s+(?:me\s+|nos\s+)?{TEXTS_DETERMINERS}{TEXTS}\b",
                 targeted=True),
            # "ya párenle con los mensajes", "bájenle a los mensajes", "ya estuvo con tantas promos"
            Rule("enough with the texts", rf"(?:parenle|parale|parele|bajenle|bajale|paren|para|pare|ya\s+estuvo)\s+"
                                          rf"(?:ya\s+)?(?:con|a)\s+{TEXTS_DETERMINERS}{TEXTS}\b", targeted=True),
            Rule("not interested", r"no\s+(?:me\s+)?(?:interesa|interesan|estoy\s+interesad[oa])\b(?!\s+(?:el|la|los|las|ese|esa|este|esta|su|sus)\s)",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("stop receiving", r"dejar\s+de\s+recibir(?:los|las)?"),
            Rule("off the list", r"(?:quitar|sacar|borrar|eliminar|remover|bajar|salir|dar\s+de\s+baja)(?:me|nos)?\s+de\s+"
                                 r"(?:la|su|esta|sus|tu|vuestra)\s+lista|\bme\s+(?:pueden|puede|podrian|podria|"
                                 r"puedes)\s+(?:quitar|sacar|borrar|eliminar|remover|dar\s+de\s+baja)"),
            Rule("do not want them to send", r"no\s+(?:quiero|kiero|deseo)\s+que\s+(?:me\s+|nos\s+)?"
                                             r"(?:sigan\s+|vuelvan\s+a\s+)?(?:envi|mand|escrib|contact|textee|lleg)\w*",
                 negatable=False),
            Rule("stop sending", rf"(?:dejen?|deja|deje|dejar|paren?|para|pare|parar|basta|detengan?|detener|"
                                 rf"terminen|dejen\s+ya|ya\s+dejen)\s+(?:ya\s+)?de?\s+(?:me\s+|nos\s+)?{SEND}"),
            Rule("no longer", r"ya\s*no\s+(?:me\s+|m\s+|nos\s+|le\s+|les\s+)?(?:e[nm][vb]ien|manden|mande|envie|escriban|"
                              # "ya no quiero que me cobren": something else the writer no longer wants done
                              r"quiero(?!\s+que\s+(?:me\s+|nos\s+)?(?!(?:sigan|vuelvan|envi|mand|escrib|contact|"
                              r"text|molest|lleg)\w*)\w+|\s+seguir\s+(?!recibiendo)\w+|"
                              # "ya no quiero trabajar de noche": another activity (not receiving, being on a list)
                              r"\s+(?!(?:recibir|saber|estar|ser|seguir|formar|participar|pertenecer)\b)\w*(?:ar|er|ir)\b)|"
                              r"deseo|me\s+interesa|"
                              r"lleguen|llegue|lleguen|escriba|"
                              r"mas|contacten|text(?:ee|ie|i)\w*|necesito|los\s+quiero|las\s+quiero)\b", negatable=False),
            Rule("want them to remove me", r"(?:quiero|kiero|quisiera)\s+(?:que|q)\s+me\s+(?:borren|quiten|saquen|eliminen|den\s+de\s+baja|remuevan)|"
                                           r"\bme\s+quiero\s+salir|\bquiero\s+salirme"),
            Rule("do not send, infinitive", r"(?:favor\s+de\s+|por\s+favor\s+)?no\s+(?:enviar|mandar|escribir)(?:me|nos)?\s+"
                                            r"(?:mas|ningun\w*)\b", negatable=False),
            Rule("do not send", r"no\s+(?:me\s+|m\s+|nos\s+)?(?:enviarme|mandarme|escribirme|contactarme|e[nm][vb]ien|manden|envies|mandes|escriban|escribas|contacten|"
                                r"textees?|texteen|molesten|sigan\s+(?:enviando|mandando|escribiendo)|"
                                r"vuelvan\s+a\s+\w+|vuelva\s+a\s+\w+|quiero\s+que\s+me\s+(?:envien|manden|"
                                r"escriban|contacten))", negatable=False),
            Rule("unsubscribe", r"(?:de\s+baja|darme\s+de\s+baja|dame\s+de\s+baja|denme\s+de\s+baja|"
                                r"dar\s+de\s+baja|borrame|borrenme|eliminame|eliminenme|quitame|quitenme|sacame|"
                                r"saquenme|remuevanme|removerme|de\s?suscrib\w*|desinscrib\w*|anular\s+suscripcion|"
                                r"cancel\w*\s+(?:la\s+|mi\s+|su\s+)?suscripcion(?:\s+a\s+(?:los\s+)?mensajes)?)\b"
                                r"(?!\s+(?:del|al|de\s+la|de\s+el|de\s+mi|en\s+el|en\s+la|a\s+la|al)\s+(?!(?:lista|listas|"
                                r"mensajes?|sms|textos?|alertas?|notificaciones|promociones|promos|ofertas|programa|"
                                r"servicio\s+de\s+mensajes)\b)\w)"),
            Rule("remove my number", r"(?:(?:borr|elimin|quit|retir)(?:en|e|a|ar|emos)|saqu(?:en|e)|sac(?:a|ar)|"
                                     r"remuev(?:an|a|en|e)|remover)\s+(?:mi\s+|el\s+|este\s+|ese\s+)?(?:numero|"
                                     r"telefono|celular|cel|contacto)\b(?!\s+de\s+(?:cuenta|orden|pedido|rastreo|"
                                     r"tarjeta|confirmacion|referencia|cliente|socio|miembro|seguro|poliza))"),
            # "quitenlo de su lista", "sáquenme de la lista", "bórrenos de sus listas" (not "la lista de espera")
            Rule("off the list, any form", r"(?:quit|sac|saqu|borr|elimin|remov|remuev|baj)\w*(?:me|nos|lo|la)\s+"
                                           r"de\s+(?:la|su|sus|esta|tu|vuestra)\s+listas?\b" + NOT_OUR_LIST),
            Rule("off the list, pronoun first", r"\bme\s+(?:quit|sac|saqu|borr|elimin|remov|remuev|baj|desuscrib)\w*\s+"
                                                r"de\s+(?:la|su|sus|esta|tu|vuestra|esa)\s+(?:listas?|base\s+de\s+datos|"
                                                r"sistema|registro)\b" + NOT_OUR_LIST),
            Rule("want them to stop", r"(?:quiero|quisiera|queremos)\s+(?:que|q)\s+(?:ya\s+)?(?:paren|dejen\s+de?\s+"
                                      r"(?:mand|envi|escrib|text)\w*)"),
            # "me tienen harta con tanto mensaje", "ya me cansé de sus promos"
            Rule("fed up with the texts", rf"(?:hart[oa]s?|cansad[oa]s?|fastidiad[oa]s?|me\s+canse)\s+(?:\w+\s+)?(?:con|de)\s+"
                                          rf"(?:tant[oa]s?\s+)?{TEXTS_DETERMINERS}{TEXTS}\b", targeted=True),
            Rule("block this number", r"bloque\w*\s+(?:este|su|el|tu)\s+numero\b"),
            Rule("calling it spam", r"(?:esto|eso|estos\s+mensajes|sus\s+mensajes)\s+(?:es|son)\s+(?:puro\s+)?spam\b"
                                    # "¿esto es spam o es real?" asks which (help)
                                    r"(?!\s+o\b)|"
                                    r"\breport\w*\s+(?:como\s+)?spam\b",
                 review="calling the texts spam may not ask to stop them"),
            # "no hace falta que me manden más", "no es necesario enviarme mensajes"
            Rule("no need to send", r"no\s+(?:hace\s+falta|es\s+necesario|necesitan|tienen\s+que)\s+(?:que\s+)?"
                                    r"(?:me\s+|nos\s+)?(?:sigan\s+)?(?:mand|envi|escrib|text)\w*",
                 negatable=False),
            Rule("do not want", rf"no\s+(?:quiero|kiero|deseo|necesito|me\s+interesa(?:n)?)\s+(?:seguir\s+)?"
                                rf"(?:recibir\s+)?(?:mas\s+)?(?:sus\s+|tus\s+|estos\s+|estas\s+|los\s+|las\s+|ningun\s+)?"
                                rf"(?:{MESSAGES}|recibir|nada|mas)\b", negatable=False),
            Rule("no more", rf"no\s*mas\s+(?:{MESSAGES}|por\s+favor|gracias)\b|\bbasta\s+(?:de|con)\s+"
                            rf"(?:{MESSAGES}|tantos)", negatable=False),
            Rule("stop the messages", rf"(?:detener|detengan|paren|parar|cancelar|cancelen|cancela|suspender|"
                                      rf"suspendan|quitar|quiten|eliminar|desactivar|desactiven|bloquear)\s+"
                                      rf"(?:los\s+|las\s+|sus\s+|estos\s+|todos\s+los\s+|el\s+envio\s+de\s+)?"
                                      rf"{MESSAGES}\b"),
            # "¿qué tengo que poner para que paren?", "¿cómo le hago para que ya no me lleguen?"
            Rule("make them stop", r"(?:como|que)\s+(?:le\s+)?(?:hago|pongo|mando|envio|escribo|respondo|contesto|"
                                   r"puedo\s+hacer|(?:tengo\s+que|hay\s+que|debo|puedo)\s+"
                                   r"(?:hacer|poner|mandar|enviar|escribir|responder|contestar))\s+para\s+"
                                   r"que\s+(?:ya\s+)?(?:dejen\s+de|no\s+me|paren|ya\s+no|me\s+dejen|terminen|se\s+detengan)\b|"
                                   # "¿cómo evito que me lleguen?", "quiero evitar que me sigan escribiendo"
                                   r"\bevit\w*\s+que\s+(?:me\s+|nos\s+)?(?:sigan\s+|vuelvan\s+a\s+)?(?:lleguen|llegue|"
                                   r"mand|envi|escrib|text|contact)\w*"),
            Rule("stop sending, in English and Spanish", r"(?:stop|para|paren|deja|dejen)\s+(?:de\s+)?(?:envi|mand|escrib|"
                                                         r"text)\w*(?:me|nos)\b"),
            Rule("how to stop", r"(?:como|cómo|donde|que\s+(?:tengo\s+que|debo|hay\s+que)\s+"
                                r"(?:hacer|enviar|mandar|escribir|responder)\s+para|hay\s+(?:alguna\s+)?"
                                r"(?:manera|forma)\s+de|se\s+puede|puedo)\s+(?:hago\s+|le\s+hago\s+|hacemos\s+)?(?:me\s+|le\s+|para\s+)?"
                                r"(?:doy\s+de\s+baja|darme\s+de\s+baja|dar\s+de\s+baja|cancel\w*|detener|detengo|"
                                r"paro|parar|dejar\s+de\s+recibir|dejo\s+de\s+recibir|salgo|salir|desuscrib\w*|"
                                r"bloque\w*|no\s+recibir|quitar\w*|quito|eliminar\w*|elimino|borrar\w*)"),
            Rule("how are they stopped", r"(?:como|donde)\s+(?:se|lo|los|las|le|les)\s+(?:(?:quit|cancel|desactiv|elimin|"
                                         r"bloque|borr)(?:a|an|o|e|en)|apag(?:a|an|o)|apagu(?:e|en)|detien(?:e|en)|"
                                         r"deteng(?:o|a)|par(?:a|an|o)|suspend(?:e|en|o)|da\s+de\s+baja|doy\s+de\s+baja|"
                                         r"desuscrib\w*)(?=\s*$|\s+" + TEXTS_DETERMINERS + MESSAGES + r"\b)"),
            Rule("wrong number", r"(?:numero|persona)\s+(?:equivocad[oa]|incorrect[oa]|errone[oa])|"
                                 r"\b(?:numero|telefono|celular)\s+ya\s+no\s+es\s+de|\bya\s+no\s+es\s+(?:su|el|mi)\s+"
                                 r"numero|\bno\s+es\s+de\s+(?:esa|esta)\s+persona|\bno\s+soy\s+(?:esa|la)\s+persona|"
                                 r"\bse\s+equivoc\w*\s+de\s+(?:numero|persona)|\bno\s+(?:es|soy)\s+(?:mi\s+numero|"
                                 r"el\s+numero|la\s+persona|quien\s+buscan)|"
                                 r"\b(?:numero|cel|celular|telefono|linea)\s+(?:antes\s+)?era\s+de\b|\bya\s+no\s+es\s+mio\b|"
                                 r"\b(?:este|ese|el|mi)\s+(?:numero|cel|celular|telefono|whatsapp)\s+no\s+(?:es|pertenece)\s+"
                                 r"(?:de|del|a)\b(?!\s+(?:la\s+|el\s+|mi\s+|su\s+)?(?:cuenta|orden|pedido|tarjeta|"
                                 r"confirmacion|rastreo|aqui|aca|este\s+pais))|"
                                 r"\bno\s+soy\s+(?:el|la)\s+\w+(?:\s+\w+)?$|\bno\s+(?:conozco|conocemos)\s+a\s+(?:ningun|ninguna)\b|"
                                 r"\b(?:aqui|aca)\s+no\s+(?:vive|viven|existe)\b|\bnadie\s+(?:con\s+ese\s+nombre|se\s+llama)\b|"
                                 r"\b(?:hay|vive|existe|tenemos)\s+(?:ningun|ninguna|nadie)\s+(?:\w+\s+){0,2}?(?:en|con)\s+"
                                 r"este\s+(?:numero|telefono|celular|cel)\b|"
                                 r"\bya\s+no\s+es\s+de\s+(?:el|ella|esa\s+persona|mi\s+\w+)\b|"
                                 r"\b(?:le\s+)?di\s+(?:este|mi|el)\s+(?:numero|cel|celular|telefono)\s+a\b|"
                                 r"\b(?:que\s+en\s+paz\s+descanse|en\s+paz\s+descanse|descanse\s+en\s+paz|qepd)\b|"
                                 r"\b(?:fallecio|murio|fallecid[oa]|difunt[oa]|ya\s+no\s+(?:vive|esta\s+con\s+"
                                 r"nosotros|usa\s+este\s+numero|tiene\s+este\s+numero))", negatable=False),
            # A new number may be a new owner's, or the writer's own to be used: an opt-in beside it wins ("quiero que me
            # manden los recordatorios por texto, mi número nuevo es este").
            Rule("a new number", r"numero\s+nuevo", negatable=False, opt_in_wins=True),
            Rule("consent refused", r"(?:nunca|jamas|no)\s+(?:me\s+|les\s+|le\s+|te\s+)?(?:suscribi|inscribi|registre|"
                                    r"autori[cz]e|autorise|"
                                    r"acepte|pedi|di\s+(?:mi\s+)?(?:permiso|consentimiento|autorizacion|"
                                    r"mi\s+numero)|doy\s+(?:mi\s+)?(?:permiso|consentimiento|autorizacion)|"
                                    r"he\s+(?:aceptado|autorizado|dado)|autorizo|doy\s+permiso)|\bsin\s+mi\s+(?:permiso|consentimiento|"
                                    r"autorizacion)|\bretiro\s+mi\s+(?:consentimiento|permiso|autorizacion)|"
                                    r"\brevoco\s+mi\s+(?:consentimiento|permiso|autorizacion)",
                 negatable=False),
            Rule("legal threat", r"(?:(?:mi|un|una)\s+abogad[oa](?!\s+de\s+ustedes)|demanda\w*|denunci\w*|acoso|acosando|hostig\w*|reportar\w*|"
                                 r"lista\s+de\s+no\s+llamar|no\s+llamar|lista\s+robinson|repep|profeco)\b"),
            # erasure asked for: "borren mis datos", "eliminar toda mi información"
            Rule("erase my data", r"(?:borr|elimin|suprim|quit)\w*\s+(?:todos\s+(?:mis|los)|toda\s+mi|mis|mi)\s+(?:datos|"
                                  r"informacion|info)\b"),
            Rule("leave me alone", r"(?:dejen\w*|dejame|dejeme|deja\w*)\s+en\s+paz|\bno\s+me\s+molest\w*|"
                                   r"\bya\s+(?:basta|estuvo|fue\s+suficiente|es\s+suficiente)\b"),
            Rule("complaint about more texts", r"(?:por\s+que|porque|xq|pq)\s+(?:me\s+)?(?:siguen|sigue)\s+"
                                               r"(?:enviando|mandando|escribiendo|llegando)|\b(?:por\s+que|porque|xq|pq)\s+(?:me\s+)?(?:vuelven|vuelve)\s+a\s+"
                                               r"(?:mandar|enviar|escribir)|"
                                               r"\b(?:ya|cuantas\s+veces)\s+(?:les\s+|te\s+)?(?:tengo\s+que\s+|hay\s+que\s+)?(?:dije|pedi|escribi|decir|pedir|"
                                               r"decirles|pedirles)\s+que\s+(?:pararan|dejaran|paren|dejen|no|me\s+dieran\s+de\s+baja|"
                                               r"me\s+den\s+de\s+baja|basta|me\s+(?:quitaran|quiten|sacaran|saquen|borraran|borren|eliminaran|eliminen|"
                                               r"bajaran|desuscribieran))|"
                                               r"\b(?:veces|vez)\s+que\s+(?:les\s+|le\s+|te\s+)?(?:digo|pido|escribo|mando|respondo|"
                                               r"he\s+dicho|he\s+pedido|he\s+mandado|dije|pedi|mande)\s+(?:que\s+(?:paren|dejen|"
                                               r"no\s+me|me\s+(?:quiten|saquen|borren|den\s+de\s+baja))|stop|baja|alto)\b",
                 negatable=False),
            # sent again in spite of a stop: "vuelven a mandarme las promociones aunque puse stop", "me siguen metiendo a
            # la lista aunque les dije que no" (a complaint, not an opt-in told in the present)
            Rule("sent again in spite of a stop", r"(?:vuelven|vuelve|siguen|sigue)\s+(?:a\s+)?\w+\s+(?:\w+\s+){0,5}?(?:aunque|"
                                                  r"a\s+pesar\s+de\s+que|despues\s+de\s+que)\s+(?:ya\s+)?(?:les\s+|le\s+)?"
                                                  r"(?:puse|mande|envie|respondi|escribi|pedi|dije|conteste)\b",
                 negatable=False),
            # an opt-in asked in the same message wins: "mándenme otra vez las ofertas, que ya puse stop"
            Rule("already sent stop", r"\bya\s+(?:les\s+|le\s+)?(?:mande|envie|puse|respondi|escribi|conteste|"
                                      r"textee)\s+(?:el\s+|la\s+palabra\s+)?(?:stop|baja|alto|parar|cancelar)\b",
                 negatable=False, opt_in_wins=True),
        ),
        Intent.OPT_IN: (
            # "me pueden volver a mandar los avisos de mis recetas", "vuélvanme a suscribir a los mensajes",
            # "quiero que me vuelvan a llegar los avisos", "quiero volver a activar las alertas": the texts named.
            Rule("send the texts again", r"(?:me\s+|nos\s+)?(?:(?:pueden|puede|podrian|podria|puedes)\s+volver|"
                                         r"vuelvan(?:me|nos)?|vuelva(?:me|nos)?|vuelven|vuelves|volver)\s+a\s+(?:mandar|enviar|poner|"
                                         r"activar|agregar|anadir|incluir|inscribir|suscribir|meter|llegar|textear)"
                                         rf"(?:me|nos)?\s+(?:(?:a|en)\s+)?{TEXTS_DETERMINERS}{TEXTS}\b",
                 targeted=True),
            # "reactiven las notificaciones de entrega", "desbloquear mensajes", "inscribirme a los mensajes de texto"
            Rule("switch the texts on", r"(?:(?:reactiv|reanud|desbloque)(?:ar|en|a|e)|(?:inscrib|suscrib|apunt|anot|"
                                        r"registr|agreg|agregu)(?:irme|arme|ame|eme|anme|enme)\s+(?:a|en)|(?:quiero|quisiera|queremos)\s+(?:volver\s+a\s+)?"
                                        r"recibir)\s+(?:de\s+nuevo\s+)?"
                                        rf"{TEXTS_DETERMINERS}{TEXTS}\b{BY_OTHER_MEANS}{ABOUT}", targeted=True),
            # "¿me agregan otra vez a las promos?", "me inscriben de nuevo en la lista"
            Rule("put me back", NOT_TOLD + r"me\s+(?:agregan|agreguen|anaden|incluyen|inscriben|suscriben|ponen|pongan|meten|"
                                r"metan)\s+(?:otra\s+vez|de\s+nuevo|nuevamente)\s+(?:a|en)\s+(?:la|su|sus|las|los)\s+"
                                rf"(?:lista|listas|{TEXTS})\b" + NOT_OUR_LIST, targeted=True),
            # "quiero los avisos del agua de nuevo", "quiero otra vez las ofertas", "quiero seguir recibiendo los avisos",
            # "¿cómo vuelvo a recibir las alertas?"
            Rule("receive again", r"(?:(?:quiero|quisiera)\s+(?:recibir\s+)?(?:mis\s+|los\s+|las\s+|sus\s+|tus\s+)?(?:mensajes|"
                                  r"notificaciones|alertas|promociones|ofertas|sms|avisos|recordatorios|promos)\s+"
                                  r"(?:(?:de|del)\s+\w+\s+(?:\w+\s+)?)?(?:otra\s+vez|de\s+nuevo|nuevamente)|"
                                  r"(?:quiero|quisiera)\s+(?:otra\s+vez|de\s+nuevo|nuevamente)\s+(?:recibir\s+)?(?:mis\s+|los\s+|"
                                  r"las\s+|sus\s+)?(?:mensajes|notificaciones|alertas|promociones|ofertas|sms|avisos|recordatorios|"
                                  r"promos)\b|(?:quiero|quisiera)\s+seguir\s+recibiendo|"
                                  r"(?:(?:quiero|quisiera|queremos|me\s+gustaria)\s+)?(?:volver|vuelvo)\s+a\s+recibir|"
                                  r"recibir\s+(?:de\s+nuevo|otra\s+vez|nuevamente)|"
                                  r"vuelvan\s+a\s+(?:enviar|mandar)(?:me)?(?:\s+(?:otra\s+vez|de\s+nuevo|todo))?\s*$|(?:envien|manden)me\s+(?:de\s+nuevo|"
                                  r"otra\s+vez)|(?:envien|manden|sigan\s+mandando|sigan\s+enviando)(?:me|nos)\s+"
                                  r"(?:los\s+|las\s+|sus\s+|mis\s+)?(?:mensajes|ofertas|promociones|alertas|notificaciones|"
                                  r"recordatorios)\s+(?:de\s+nuevo|otra\s+vez|nuevamente))"),
            # "¿me pueden volver a agregar a la lista?": the writer is put back on the list (not an item in a cart).
            Rule("add me back", r"(?:me\s+(?:pueden|puede|podrian|podria|puedes)\s+(?:agregar|anadir|incluir|inscribir|suscribir|poner|"
                                r"apuntar|anotar)\s+(?:otra\s+vez|de\s+nuevo|nuevamente)|"
                                r"me\s+(?:pueden|puede|podrian|podria|puedes)\s+volver\s+a\s+(?:agregar|anadir|incluir|"
                                r"inscribir|suscribir)|volver\s+a\s+(?:agregarme|anadirme|incluirme|inscribirme|"
                                r"suscribirme|ponerme))(?:\s*$|\s+(?=por\s+favor|porfa|porfis|xfa|gracias|plis)|"
                                r"\s+(?:a|en)\s+(?:la|su|tu|sus)\s+(?:lista|listas)\b" + NOT_OUR_LIST + r"|"
                                rf"\s+(?:para|a|en)\s+{TEXTS_DETERMINERS}{TEXTS}\b)|"
                                r"\b(?:agregame|agreguenme|agregueme|anadanme|incluyanme|inscribanme|suscribanme|apuntenme|"
                                r"apuntame|ponganme|ponme)\s+(?:de\s+nuevo\s+|otra\s+vez\s+)?(?:a|en)\s+(?:la|su|tu|sus)\s+"
                                r"(?:lista|listas)\b" + NOT_OUR_LIST + r"|"
                                # "pónganme otra vez", the last words of the message
                                r"\b(?:agreguenme|ponganme|apuntenme|inscribanme|suscribanme)\s+(?:de\s+nuevo|otra\s+vez)\s*$"),
            # subscribing, alone or to the texts; enrolling only when the texts are named ("¿cómo me inscribo?" may be
            # to a class or a gym)
            Rule("how do I subscribe", r"(?:como|donde)\s+(?:me\s+)?(?:(?:suscribo|vuelvo\s+a\s+(?:suscribir|inscribir|"
                                       rf"apuntar))(?:me)?(?=\s*$|\s+(?:a|en)\s+{TEXTS_DETERMINERS}{TEXTS}\b)|"
                                       r"(?:inscribo|apunto|anoto|registro|doy\s+de\s+alta)"
                                       rf"(?=\s+(?:a|en)\s+{TEXTS_DETERMINERS}{TEXTS}\b))"),
            Rule("subscribe", r"(?:suscribeme|suscribirme\s+(?:de\s+nuevo|otra\s+vez)|darme\s+de\s+alta|"
                              r"dar\s+de\s+alta|dame\s+de\s+alta|agregame\s+(?:de\s+nuevo|otra\s+vez)|"
                              r"agreguenme\s+(?:de\s+nuevo|otra\s+vez)|(?:reactiv|reanud)\w*\s+(?:de\s+nuevo\s+)?(?:mis\s+|los\s+|las\s+|"
                              r"sus\s+)?(?:mensajes|alertas|notificaciones|promociones|ofertas|sms|recordatorios)|"
                              r"reanudar\s+(?:los\s+)?mensajes)\b"),
            # Being put on the texts, in every form one asks it in: "Inscríbanme de nuevo a las alertas", "agrégame a
            # los mensajes de la parroquia", "¿me puede agregar a los mensajes de la guardería?", "quiero que me
            # agreguen a los avisos", "me apuntan de nuevo para los mensajes?", "agreguen mi número a los avisos";
            # the present only asked again ("me inscriben otra vez para los recordatorios?").
            Rule("put me on the texts", rf"(?:(?:{PUT_ON_ME}|(?:quiero|kiero|quisiera|queremos|necesito|me\s+gustaria)\s+"
                                        rf"que\s+me\s+(?:vuelvan\s+a\s+{PUT_ON_INFINITIVE}|{PUT_ON_WISHED})|{NOT_TOLD}me\s+"
                                        rf"(?:pueden|puede|podrian|podria|puedes|podrias)\s+(?:volver\s+a\s+)?"
                                        rf"{PUT_ON_INFINITIVE}|(?:{PUT_ON_WISHED}|{PUT_ON_INFINITIVE}|agrega|pon|mete)\s+"
                                        rf"(?:mi|este)\s+(?:numero|cel|celular|telefono))(?:\s+{AGAIN})?|{NOT_TOLD}me\s+"
                                        rf"{PUT_ON_ASKED}\s+{AGAIN}){ON_THE_TEXTS}|"
                                        # asked again with nothing named: "¿me pueden inscribir de nuevo?"
                                        rf"{NOT_TOLD}me\s+(?:pueden|puede|podrian|podria|puedes|podrias)\s+{PUT_ON_INFINITIVE}\s+"
                                        rf"{AGAIN}(?=\s*$|\s+(?:por\s+favor|porfa|porfis|xfa|plis|gracias)\b)|"
                                        # "me quiero suscribir otra vez", "¿me puedo inscribir a los mensajes?"
                                        rf"{NOT_TOLD}me\s+(?:quiero|quisiera|gustaria|puedo)\s+(?:volver\s+a\s+)?"
                                        rf"{PUT_ON_INFINITIVE}"
                                        rf"(?:(?:\s+{AGAIN})?{ON_THE_TEXTS}|\s+{AGAIN}(?=\s*$|\s+(?:por\s+favor|porfa|porfis|"
                                        r"xfa|plis|gracias)\b))|"
                                        # back on the list: "¿me vuelven a poner en la lista?"
                                        rf"{NOT_TOLD}me\s+(?:vuelven|vuelves|vuelvan)\s+a\s+{PUT_ON_INFINITIVE}\s+(?:a|en)\s+"
                                        rf"(?:la|su|sus|tu)\s+listas?\b" + NOT_OUR_LIST, targeted=True),
            # Switched on again, in any form: "Activen otra vez las notificaciones", "activar alertas de nuevo",
            # "Activa los recordatorios de pago de nuevo", "reactívenme los mensajes del edificio".
            Rule("switch the texts on again", rf"(?:(?:me\s+)?(?:pueden|puede|podrian|podria|puedes)\s+)?(?:reactiv(?:ar|en|a|e|"
                                              rf"enme|ame|eme|arme)\s+{TEXTS_DETERMINERS}{WANTED}\b|activ(?:ar|en|a|e|enme|ame|"
                                              rf"eme|arme)(?:\s+{AGAIN}\s+{TEXTS_DETERMINERS}{WANTED}\b|\s+"
                                              rf"{TEXTS_DETERMINERS}{WANTED}\b{ABOUT}(?:\s+\w+){{0,2}}?\s+{AGAIN}))",
                 targeted=True),
            # Back on the list, or still on it: "quiero volver a estar en la lista de mensajes", "quiero seguir en la
            # lista" (not a waiting list).
            Rule("back on the list", r"(?:quiero|quisiera|queremos|deseo|me\s+gustaria)\s+(?:volver\s+a\s+estar|seguir|"
                                     r"estar\s+(?:otra\s+vez|de\s+nuevo|nuevamente))\s+en\s+(?:la|su|sus|las)\s+listas?\b"
                                     + NOT_OUR_LIST, targeted=True),
            # Asking how to get them again: "¿Cómo hago para volver a recibir los mensajes?"
            Rule("how do I get them again", rf"(?:como|que)\s+(?:hago|le\s+hago|puedo\s+hacer|(?:tengo|hay)\s+que\s+hacer)\s+"
                                            rf"para\s+(?:volver\s+a\s+recibir|recibir\s+{AGAIN}|que\s+me\s+(?:vuelvan\s+a\s+"
                                            rf"(?:mandar|enviar|llegar)|lleguen\s+{AGAIN}))"
                                            # not one thing ("el código", "mi reembolso")
                                            r"(?!\s+(?:el|la|un|una|mi|su|tu)\s)"),
            # Sending the texts, asked for: "mándenme las ofertas", "¿me pueden mandar los recordatorios por texto?",
            # "pueden mandarme las actualizaciones aquí de nuevo?", "quiero que me manden los reminders de las citas".
            Rule("send me the texts", rf"(?:(?:mand|envi)(?:enme|ame|eme)|(?:empiecen|comiencen|empiece|comience|empieza|"
                                      rf"comienza|vuelvan|vuelva)\s+a\s+(?:mandar|enviar)(?:me|nos)|vuelvan(?:me|nos)\s+a\s+(?:mandar|"
                                      # a wish with its "quiero" left out: "q me manden las promos xfa"
                                      rf"enviar)|^(?:que|q)\s+me\s+(?:sigan\s+|vuelvan\s+a\s+)?(?:manden|envien)|"
                                      # coming to the writer, wished: "quiero que me lleguen los avisos otra vez"
                                      rf"(?:quiero|kiero|quisiera|necesito|me\s+gustaria)\s+que\s+me\s+(?:sigan\s+llegando|"
                                      rf"vuelvan\s+a\s+llegar|lleguen)|(?:quiero|kiero|"
                                      rf"quisiera|queremos|necesito|"
                                      rf"me\s+gustaria)\s+que\s+me\s+(?:sigan\s+|vuelvan\s+a\s+)?(?:manden|envien|mande|"
                                      rf"envie|mandar|enviar)|{NOT_TOLD}me\s+(?:pueden|puede|podrian|podria|puedes|podrias)\s+"
                                      rf"(?:mandar|enviar)|(?:pueden|puede|podrian|podria|puedes|podrias)\s+(?:mandarme|"
                                      rf"enviarme))\s+(?:{AGAIN}\s+)?{TEXTS_DETERMINERS}{WANTED}\b{BY_OTHER_MEANS}{ABOUT}",
                 targeted=True),
            # The texts wanted, named: "Quiero alertas de la ruta 8", "me gustaría recibir las ofertas", "quiero las
            # ofertas por mensaje"; offers not received or by text may be the deal wanted ("quiero las ofertas del
            # 2x1"); not "si quiero alertas, ¿tengo que pagar?" (a condition).
            Rule("want the texts", rf"(?<!\bsi\s)(?<!\bque\s)(?:quiero|kiero|quisiera|queremos|necesito|deseo|me\s+gustaria|"
                                   rf"me\s+interesa)\s+(?:recibir\s+{TEXTS_DETERMINERS}{WANTED}|(?:(?:las|los|mis|sus|tus)\s+)?"
                                   rf"(?!ofertas|promociones|promos){WANTED})\b{BY_OTHER_MEANS}{ABOUT}|"
                                   rf"(?<!\bsi\s)(?<!\bque\s)(?:quiero|kiero|quisiera|queremos|necesito|deseo|me\s+gustaria)\s+"
                                   rf"(?:(?:las|los|mis|sus|tus)\s+)?{WANTED}\b{ABOUT}\s+por\s+(?:mensajes?|textos?|sms|texto)\b",
                 targeted=True),
            # "ALTA promos", "dar de alta los avisos"
            Rule("sign up for the texts", rf"^(?:dar(?:me)?\s+de\s+|darme\s+de\s+)?alta\s+(?:(?:a|en|de)\s+)?"
                                          rf"{TEXTS_DETERMINERS}{WANTED}\b", targeted=True),
        ),
        Intent.HELP: (
            Rule("who gave you my number", r"quien\s+(?:les|te|le)\s+(?:dio|paso)\s+mi\s+(?:numero|telefono|celular)|"
                                           # "¿quién me inscribió?", "¿quién me dio de alta?"
                                           r"\bquien\s+me\s+(?:dio\s+de\s+alta|inscribio|registro|suscribio|agrego|anoto|"
                                           r"apunto|metio)\b"),
            Rule("who am I talking to", r"con\s+quien\s+(?:hablo|estoy\s+hablando|tengo\s+el\s+gusto|me\s+comunico)\b"),
            Rule("more information", r"(?:dar|dan|den|dame|denme|mandar|mandame|mandenme|enviar|envienme|tienen)(?:me)?\s+"
                                     r"(?:mas\s+)?(?:informacion|info|detalles)\b|\bmas\s+(?:informacion|info|detalles)\s*$"),
            Rule("need help", r"necesito\s+(?:ayuda|informacion|info)\b|^ayud\w*|\bno\s+entiendo\s+(?:que\s+es\s+)?(?:este|el|ese|su)\s+"
                              r"(?:mensaje|sms|texto)\b"),
            Rule("who is this", r"(?:quien|quienes)\s+(?:es|eres|son|habla|(?:me\s+|nos\s+)?(?:manda|mandan|mando|mandaron|"
                                r"envia|envian|envio|enviaron|escribe|escriben|escribio|textea|textean)|"
                                r"(?:paga|pago|patrocina|financia)\s+(?:por\s+)?(?:esto|estos|este|esta|estas|los|las|"
                                r"sus)\b|"
                                r"me\s+(?:esta|estan)\s+(?:escribiendo|mandando|enviando|texteando)|"
                                r"es\s+usted)\b|\b(?:de\s+)?(?:que|q|cual)\s+" + BUSINESS + r"\s+(?:es|son|eres|(?:me\s+|nos\s+)?(?:escriben|"
                                r"escribe|mandan|manda|envian|envia|hablan|habla))\b|"
                                # "¿esto es de la escuela?": whether the text is from a kind of business
                                r"(?:^|\b(?:esto|este\s+mensaje|este\s+numero)\s+)es\s+(?:de|del)\s+(?:la\s+|el\s+|su\s+)?"
                                + BUSINESS + r"\b"),
            Rule("why am I getting this", r"(?:por\s+que|porque|xq|pq)\s+(?:me\s+)?(?:mandan|envian|escriben|textean|"
                                          r"estan\s+(?:mandando|enviando|escribiendo))\b"),
            Rule("what is this", r"(?:que|q|k)\s+es\s+(?:esto|este\s+mensaje|este\s+numero)|\besto\s+(?:de\s+)?(?:que|q)\s+es\b|\bde\s+que\s+se\s+trata|"
                                 r"\bpor\s+que\s+(?:me\s+)?(?:llegan|estoy\s+recibiendo|recibo)\s+(?:estos\s+)?"
                                 r"(?:mensajes|esto)"),
            Rule("how did you get my number", r"(?:como|de\s+donde|donde)\s+(?:obtuvieron|consiguieron|sacaron|"
                                              r"tienen|obtuvo|consiguio|saco|tiene)\s+mi\s+(?:numero|telefono|"
                                              r"celular)"),
            # "¿es legítimo?", "me da miedo que sea fraude"; not "¿es verdad que hay límite?" (about something else)
            Rule("is this a scam", r"(?:(?:es|sera|sea|seria)\s+(?:esto\s+)?(?:una\s+)?(?:estafa|fraude|real|verdad|"
                                   r"legitim[oa]|legit|confiable))\b(?!\s+que\b)|"
                                   # "¿es spam?" asks; "esto es spam" tells (an opt-out, flagged)
                                   r"^(?:es|sera)\s+(?:esto\s+)?(?:spam|publicidad)\b|"
                                   # "¿esto es spam o estafa?", "¿es real o es fraude?": which of the two
                                   r"\b(?:spam|estafa|fraude|real|verdad)\s+o\s+(?:es\s+)?(?:una\s+)?(?:spam|estafa|"
                                   r"fraude|real|verdad|legitim[oa]|enserio|en\s+serio)\b|"
                                   # "¿de verdad es del banco?", "¿esto es realmente de la clínica?"
                                   r"\b(?:de\s+verdad|realmente|en\s+serio|enserio)\s+(?:esto\s+)?(?:es|son|viene|vienen)\s+"
                                   r"(?:de|del)\b|\b(?:esto|este\s+mensaje)\s+(?:es|viene)\s+(?:de\s+verdad|realmente|"
                                   r"en\s+serio)\s+(?:de|del)\b|\bparece\s+(?:una\s+)?(?:estafa|fraude)\b"),
            # "¿qué significa este mensaje?", "no sé de dónde es", "¿de qué edificio es este mensaje?"
            Rule("what does this mean", r"que\s+significa\s+(?:este|esta|ese|el|estos)\s+(?:mensajes?|textos?|sms|msjs?|"
                                        r"numero|aviso|alerta)|\bno\s+se\s+(?:de\s+donde|quien|quienes|que)\s+"
                                        r"(?:es|son|sea|viene|me\s+escribe|me\s+manda|me\s+mandan)\b|"
                                        r"\bde\s+(?:que|q|cual|donde)\s+(?:\w+\s+)?(?:es|son|viene|vienen)\s+"
                                        r"(?:este|esta|estos|el|los|ese)\s+(?:mensajes?|textos?|sms|msjs?|numero)\b|"
                                        r"^como\s+funciona(?:n)?(?:\s+(?:esto|eso|el\s+\w+|la\s+\w+|este\s+\w+))?$|"
                                        r"\bque\s+es\s+(?:el|la)\s+(?:club|programa|membresia)\b"),
            # "¿cuál paquete?", "¿qué cita?": the thing the text names, asked about alone in its clause
            Rule("which thing", r"^(?:cual|que|q)\s+(?:paquete|pedido|orden|cita|cuenta|pago|factura|compra|cobro|"
                                r"entrega|envio|receta|saldo|reserva|deuda|premio)$"),
        ),
    },
    filler="por favor porfa porfavor xfa pf plis gracias hola ya oye senor senora ahora inmediatamente ok vale "
           "muchas buenas bueno disculpe perdon urgente favor porfis porfas porfi xfis plss plsss mija mijo mijita "
           "compa oiga oigan joven",
    filler_phrases=("por favor", "muchas gracias", "no me interesa", "no me interesan", "de inmediato", "ahora mismo", "buenas tardes", "buenos dias",
                    "buenas noches", "lo antes posible", "x favor", "por fa", "x fa", "por fis", "por favorcito",
                    "x fis"),
    negators="no nunca jamas ni",
    frames=(r"me\s+(?:pueden|puede|podrian|podria|puedes|agregan|agregas|inscriben|inscribes|suscriben|suscribes|ponen|"
            r"pones|vuelven|vuelves|apuntan|apuntas|anotan|anotas|incluyen|incluyes|meten|metes)|quiero|quisiera|deseo|necesito|me\s+gustaria|puede|pueden|podria|podrian|puedes|como\s+puedo|"
            r"como\s+hago\s+para|(?:que|como)\s+(?:tengo\s+que\s+hacer|debo\s+hacer|hago|le\s+hago)\s+para|como|"
            r"por\s+favor|favor\s+de|solo|solamente"),
    tails="me mas ya todo todos esto estos mensajes sms textos ahora otra vez de nuevo nuevamente",
    other_targets=OTHER_TARGETS,
    # What is named right after the verb and is not the texts: a person sent ("no me manden al técnico": "a" before
    # a person), a thing no longer wanted ("ya no quiero el omeprazol"), the wrong thing ("paren de mandar la talla
    # equivocada").
    other_objects=(r"(?:(?<=manden\s)|(?<=mande\s)|(?<=envien\s)|(?<=envie\s)|(?<=mandes\s)|(?<=envies\s))"
                   r"(?:al|a\s+la|a\s+los|a\s+las)\s+(?!(?:mensajes?|textos?)\b)\w+|"
                   r"(?<=quiero\s)(?:el|la|los|las|ese|esa|esos|esas)\s+(?!(?:mensajes?|textos?|sms|alertas?|avisos?|"
                   r"promos?|promociones?|recordatorios?|notificaciones?|ofertas?|cupones?|whatsapps?)\b)\w+|"
                   r"(?:(?:el|la|los|las|ese|esa|esos|esas|un|una|mi|mis)\s+)?(?!(?:numero|persona|mensajes?|celular|"
                   r"cel|telefono)\b)\w+\s+(?:equivocad[oa]s?|incorrect[oa]s?|errone[oa]s?)\b"),
    jokes=r"jaja\w*|jeje\w*|jsjs\w*",
    messages=MESSAGES,
    reported_speech=r"(?:mi\s+(?:esposa|esposo|mama|papa|madre|padre|hijo|hija|amigo|amiga|jefe|hermano|hermana|abuela|"
                    r"abuelo|novia|novio)|mis\s+(?:padres|papas|hijos|hijas|amigos|hermanos|abuelos)|el|ella|ellos|ellas)\s+"
                    r"(?:dijo|dice|me\s+dijo|quiere|quieren|pidio|pidieron|dijeron|dicen)",
    # An opt-out sent by mistake, or taken back: "me di de baja pero quiero volver a recibirlas", "cambié de opinión".
    mistakes=(r"(?:por\s+(?:error|equivocacion|accidente)|sin\s+querer|me\s+equivoque|fue\s+un\s+error)|"
              r"(?:me\s+di\s+de\s+baja|me\s+desuscribi|me\s+desinscribi|cancele\s+(?:los\s+|las\s+)?(?:mensajes|"
              r"alertas|notificaciones)|(?:respondi|mande|envie|puse|escribi)\s+(?:stop|baja|alto|parar))\s+"
              r"(?:\w+\s+){0,5}?(?:ahora\s+|ya\s+)?(?:quiero\s+volver|quisiera\s+volver|cambie\s+de\s+opinion|"
              r"me\s+arrepenti)"),
    # ... or by someone else ("alguien puso STOP"), or texts that stopped coming ("ya no me llegan")
    told=r"(?:puse|mande|envie|respondi|escribi|conteste|pusimos|mandamos|puso|pusieron|mando|mandaron)\s+"
         r"(?:el\s+|la\s+palabra\s+)?(?:stop|baja|alto|parar|cancelar)|ya\s+no\s+(?:me\s+)?(?:llegan|llega|han\s+llegado)|"
         # "era broma lo del stop": that stop, the one sent before
         r"lo\s+del?\s+(?:stop|baja|alto)",
    # "no me llamen, prefiero mensajes": the texts are fine, something else is not; or still wanted ("yo sí los quiero
    # seguir recibiendo"), or missed ("no me llega ningún código")
    texts_welcome=(r"prefiero\s+(?:\w+\s+){0,3}?(?:mensajes?|textos?|whatsapp)\b|"
                   r"\bno\s+me\s+(?:llega|llegan|han\s+llegado|ha\s+llegado)\b(?!\s+mas\b)|"
                   r"\byo\s+si\s+(?:los|las)\s+quiero\b(?!\s+(?:cancelar|quitar|parar|dejar))|"
                   r"\b(?:mejor|solo)\s+(?:por\s+)?(?:mensajes?|textos?)\b|"
                   r"\blos\s+(?:mensajes|textos)\s+(?:si\s+(?:me|los|estan|por\s+favor)|estan\s+bien|ok)\b"),
)
