"""Spanish, with and without accents, formal and informal (usted/tú/ustedes), and the fillers people add."""

from ..lexicon import Intent, Lexicon, Rule

MESSAGES = (r"(?:mensajes?|msjs?|mjs?|sms|textos?|mensajitos?|notificaciones|alertas?|promociones|ofertas|publicidad|"
            r"anuncios|esto|estos|eso|esos|correos?\s+de\s+texto|recordatorios)")
SEND = (r"(?:(?:estar\s+)?(?:enviando|mandando|escribiendo|texteando|molestando)|enviar|mandar|escribir|textear|"
        r"contactar|molestar|spamear|fastidiar|acosar)(?:me|nos|le)?")
# Places and businesses a sender may be ("¿qué farmacia es esta?", "¿de qué agencia es esto?").
BUSINESS = (r"(?:empresa|compania|tienda|negocio|numero|farmacia|clinica|consultorio|agencia|banco|escuela|colegio|"
            r"iglesia|gimnasio|gym|restaurante|oficina|organizacion|programa|servicio|marca|hospital|dentista|salon|"
            r"spa|taller|centro|academia|aseguradora|veterinaria|inmobiliaria|lavanderia|panaderia|cafeteria)")
# A list that is not the texts' ("la lista de espera").
NOT_OUR_LIST = r"(?!\s+de\s+(?:espera|invitados|asistencia|regalos|compras|deseos|clase|la\s+clase|alumnos))"
OTHER_TARGETS = (r"(?:(?:mi|mis|el|la|los|las|su|sus|del|de|un|una|este|esta|con)\s+){0,3}"
                 r"(?:pedidos?|ordenes|orden|citas?|reservas?|reservaciones?|recetas?|medicamentos?|medicinas?|"
                 r"correos?(?!\s+de\s+texto)|emails?|entregas?|paquetes?|envios?|membresias?|cuentas?|tarjetas?|"
                 r"pagos?|llamadas?|llamar\w*|suscripcion\s+(?:a\s+la\s+)?revista|productos?|articulos?|compras?|"
                 r"facturas?|seguros?|polizas?|servicio\s+de\s+(?:cable|internet|luz|agua))"
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
                         "denme de baja", "cancelen", "cancela", "anular", "stop por favor"),
        Intent.OPT_IN: ("volver", "recibir", "reanudar", "alta", "suscribir", "suscribirme", "alta de nuevo",
                        "comenzar", "empezar", "reactivar", "inicio", "iniciar"),
        Intent.HELP: ("ayuda", "informacion", "info", "ayudame", "ayudeme", "quien es", "quien eres", "quien habla",
                      "que es esto", "necesito ayuda", "quienes son", "de que se trata", "soporte"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"no\s+(?:me\s+)?(?:interesa|interesan|estoy\s+interesad[oa])\b(?!\s+(?:el|la|los|las|ese|esa|este|esta|su|sus)\s)",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("stop receiving", r"dejar\s+de\s+recibir(?:los|las)?"),
            Rule("off the list", r"(?:quitar|sacar|borrar|eliminar|remover|bajar|salir|dar\s+de\s+baja)(?:me|nos)?\s+de\s+"
                                 r"(?:la|su|esta|sus|tu|vuestra)\s+lista|\bme\s+(?:pueden|puede|podrian|podria|"
                                 r"puedes)\s+(?:quitar|sacar|borrar|eliminar|remover|dar\s+de\s+baja)"),
            Rule("do not want them to send", r"no\s+(?:quiero|kiero|deseo)\s+que\s+(?:me\s+|nos\s+)?"
                                             r"(?:sigan\s+|vuelvan\s+a\s+)?(?:envi|mand|escrib|contact|textee)\w*",
                 negatable=False),
            Rule("stop sending", rf"(?:dejen?|deja|deje|dejar|paren?|para|pare|parar|basta|detengan?|detener|"
                                 rf"terminen|dejen\s+ya|ya\s+dejen)\s+(?:ya\s+)?de\s+(?:me\s+|nos\s+)?{SEND}"),
            Rule("no longer", r"ya\s+no\s+(?:me\s+|nos\s+)?(?:envien|manden|escriban|quiero|deseo|me\s+interesa|"
                              r"lleguen|llegue|lleguen|mande|envie|escriba|"
                              r"mas|contacten|textee\w*|necesito|los\s+quiero|las\s+quiero)\b", negatable=False),
            Rule("want them to remove me", r"quiero\s+que\s+me\s+(?:borren|quiten|saquen|eliminen|den\s+de\s+baja|remuevan)|"
                                           r"\bme\s+quiero\s+salir|\bquiero\s+salirme"),
            Rule("do not send, infinitive", r"(?:favor\s+de\s+|por\s+favor\s+)?no\s+(?:enviar|mandar|escribir)(?:me|nos)?\s+"
                                            r"(?:mas|ningun\w*)\b", negatable=False),
            Rule("do not send", r"no\s+(?:me\s+|nos\s+)?(?:enviarme|mandarme|escribirme|contactarme|envien|manden|envies|mandes|escriban|escribas|contacten|"
                                r"textees?|texteen|molesten|sigan\s+(?:enviando|mandando|escribiendo)|"
                                r"vuelvan\s+a\s+\w+|vuelva\s+a\s+\w+|quiero\s+que\s+me\s+(?:envien|manden|"
                                r"escriban|contacten))", negatable=False),
            Rule("unsubscribe", r"(?:de\s+baja|darme\s+de\s+baja|dame\s+de\s+baja|denme\s+de\s+baja|"
                                r"dar\s+de\s+baja|borrame|borrenme|eliminame|eliminenme|quitame|quitenme|sacame|"
                                r"saquenme|remuevanme|removerme|de\s?suscrib\w*|desinscrib\w*|anular\s+suscripcion|"
                                r"cancelar\s+(?:la\s+|mi\s+)?suscripcion(?:\s+a\s+(?:los\s+)?mensajes)?)\b"),
            Rule("remove my number", r"(?:borren|borra|eliminen|elimina|quiten|quita|saquen|saca|remuevan)\s+"
                                     r"(?:mi\s+)?(?:numero|telefono|celular|contacto)"),
            Rule("do not want", rf"no\s+(?:quiero|kiero|deseo|necesito|me\s+interesa(?:n)?)\s+(?:seguir\s+)?"
                                rf"(?:recibir\s+)?(?:mas\s+)?(?:sus\s+|tus\s+|estos\s+|los\s+|ningun\s+)?"
                                rf"(?:{MESSAGES}|recibir|nada|mas)\b", negatable=False),
            Rule("no more", rf"no\s+mas\s+(?:{MESSAGES}|por\s+favor|gracias)\b|\bbasta\s+(?:de|con)\s+"
                            rf"(?:{MESSAGES}|tantos)", negatable=False),
            Rule("stop the messages", rf"(?:detener|detengan|paren|parar|cancelar|cancelen|cancela|suspender|"
                                      rf"suspendan|quitar|quiten|eliminar|desactivar|desactiven|bloquear)\s+"
                                      rf"(?:los\s+|las\s+|sus\s+|estos\s+|todos\s+los\s+|el\s+envio\s+de\s+)?"
                                      rf"{MESSAGES}\b"),
            Rule("make them stop", r"(?:como|que)\s+(?:hago|puedo\s+hacer|hay\s+que\s+hacer|tengo\s+que\s+hacer)\s+para\s+"
                                   r"que\s+(?:ya\s+)?(?:dejen\s+de|no\s+me|paren|ya\s+no)\b"),
            Rule("stop sending, in English and Spanish", r"(?:stop|para|paren|deja|dejen)\s+(?:de\s+)?(?:envi|mand|escrib|"
                                                         r"text)\w*(?:me|nos)\b"),
            Rule("how to stop", r"(?:como|cómo|donde|que\s+(?:tengo\s+que|debo|hay\s+que)\s+"
                                r"(?:hacer|enviar|mandar|escribir|responder)\s+para|hay\s+(?:alguna\s+)?"
                                r"(?:manera|forma)\s+de|se\s+puede|puedo)\s+(?:hago\s+|le\s+hago\s+|hacemos\s+)?(?:me\s+|le\s+|para\s+)?"
                                r"(?:doy\s+de\s+baja|darme\s+de\s+baja|dar\s+de\s+baja|cancel\w*|detener|detengo|"
                                r"paro|parar|dejar\s+de\s+recibir|dejo\s+de\s+recibir|salgo|salir|desuscrib\w*|"
                                r"bloque\w*|no\s+recibir|quitar\w*|quito|eliminar\w*|elimino|borrar\w*)"),
            Rule("wrong number", r"(?:numero|persona)\s+(?:equivocad[oa]|incorrect[oa]|errone[oa])|"
                                 r"\b(?:numero|telefono|celular)\s+ya\s+no\s+es\s+de|\bya\s+no\s+es\s+(?:su|el|mi)\s+"
                                 r"numero|\bno\s+es\s+de\s+(?:esa|esta)\s+persona|\bno\s+soy\s+(?:esa|la)\s+persona|"
                                 r"\bse\s+equivoc\w*\s+de\s+(?:numero|persona)|\bno\s+(?:es|soy)\s+(?:mi\s+numero|"
                                 r"el\s+numero|la\s+persona|quien\s+buscan)|\bnumero\s+nuevo|"
                                 r"\b(?:fallecio|murio|fallecid[oa]|difunt[oa]|ya\s+no\s+(?:vive|esta\s+con\s+"
                                 r"nosotros|usa\s+este\s+numero|tiene\s+este\s+numero))", negatable=False),
            Rule("consent refused", r"(?:nunca|jamas|no)\s+(?:me\s+)?(?:suscribi|inscribi|registre|autorice|"
                                    r"acepte|pedi|di\s+(?:mi\s+)?(?:permiso|consentimiento|autorizacion|"
                                    r"mi\s+numero)|doy\s+(?:mi\s+)?(?:permiso|consentimiento|autorizacion)|"
                                    r"he\s+(?:aceptado|autorizado|dado))|\bsin\s+mi\s+(?:permiso|consentimiento|"
                                    r"autorizacion)|\bretiro\s+mi\s+(?:consentimiento|permiso|autorizacion)|"
                                    r"\brevoco\s+mi\s+(?:consentimiento|permiso|autorizacion)",
                 negatable=False),
            Rule("legal threat", r"(?:abogado|demanda\w*|denunci\w*|acoso|acosando|hostig\w*|reportar\w*|"
                                 r"lista\s+de\s+no\s+llamar|no\s+llamar)\b"),
            Rule("leave me alone", r"(?:dejen\w*|dejame|dejeme|deja\w*)\s+en\s+paz|\bno\s+me\s+molest\w*|"
                                   r"\bya\s+(?:basta|estuvo|fue\s+suficiente|es\s+suficiente)\b"),
            Rule("complaint about more texts", r"(?:por\s+que|porque|xq|pq)\s+(?:me\s+)?(?:siguen|sigue)\s+"
                                               r"(?:enviando|mandando|escribiendo|llegando)|"
                                               r"\bya\s+(?:les\s+|te\s+)?(?:dije|pedi|escribi)\s+que\s+"
                                               r"(?:pararan|dejaran|no|me\s+dieran\s+de\s+baja|basta)",
                 negatable=False),
        ),
        Intent.OPT_IN: (
            Rule("receive again", r"(?:(?:quiero|quisiera)\s+(?:recibir\s+)?(?:mis\s+|los\s+|las\s+|sus\s+|tus\s+)?(?:mensajes|"
                                  r"notificaciones|alertas|promociones|ofertas|sms|avisos|recordatorios|promos)\s+(?:otra\s+vez|de\s+nuevo|nuevamente)|"
                                  r"volver\s+a\s+recibir|recibir\s+(?:de\s+nuevo|otra\s+vez|nuevamente)|"
                                  r"vuelvan\s+a\s+(?:enviar|mandar)(?:me)?|(?:envien|manden)me\s+(?:de\s+nuevo|"
                                  r"otra\s+vez)|(?:envien|manden|sigan\s+mandando|sigan\s+enviando)(?:me|nos)\s+"
                                  r"(?:los\s+|las\s+|sus\s+|mis\s+)?(?:mensajes|ofertas|promociones|alertas|notificaciones|"
                                  r"recordatorios)\s+(?:de\s+nuevo|otra\s+vez|nuevamente))"),
            # "¿me pueden volver a agregar a la lista?": the writer is put back on the list (not an item in a cart).
            Rule("add me back", r"(?:me\s+(?:pueden|puede|podrian|podria|puedes)\s+volver\s+a\s+(?:agregar|anadir|incluir|"
                                r"inscribir|suscribir)|volver\s+a\s+(?:agregarme|anadirme|incluirme|inscribirme|"
                                r"suscribirme|ponerme))(?:\s*$|\s+(?:a|en)\s+(?:la|su|tu|sus)\s+(?:lista|listas)\b" + NOT_OUR_LIST + r")|"
                                r"\b(?:agregame|agreguenme|agregueme|anadanme|incluyanme|inscribanme|suscribanme|apuntenme|"
                                r"apuntame)\s+(?:de\s+nuevo\s+|otra\s+vez\s+)?(?:a|en)\s+(?:la|su|tu|sus)\s+(?:lista|listas)\b" + NOT_OUR_LIST),
            Rule("subscribe", r"(?:suscribeme|suscribirme\s+(?:de\s+nuevo|otra\s+vez)|darme\s+de\s+alta|"
                              r"dar\s+de\s+alta|dame\s+de\s+alta|agregame\s+(?:de\s+nuevo|otra\s+vez)|"
                              r"agreguenme\s+(?:de\s+nuevo|otra\s+vez)|(?:reactiv|reanud)\w*\s+(?:de\s+nuevo\s+)?(?:mis\s+|los\s+|las\s+|"
                              r"sus\s+)?(?:mensajes|alertas|notificaciones|promociones|ofertas|sms|recordatorios)|"
                              r"reanudar\s+(?:los\s+)?mensajes)\b"),
        ),
        Intent.HELP: (
            Rule("who gave you my number", r"quien\s+(?:les|te|le)\s+(?:dio|paso)\s+mi\s+(?:numero|telefono|celular)"),
            Rule("need help", r"necesito\s+(?:ayuda|informacion|info)\b|^ayud\w*|\bno\s+entiendo\s+(?:que\s+es\s+)?(?:este|el|ese|su)\s+"
                              r"(?:mensaje|sms|texto)\b"),
            Rule("who is this", r"(?:quien|quienes)\s+(?:es|eres|son|habla|me\s+escribe|me\s+manda|envia|"
                                r"me\s+(?:esta|estan)\s+(?:escribiendo|mandando|enviando|texteando)|"
                                r"es\s+usted)\b|\b(?:de\s+)?(?:que|q|cual)\s+" + BUSINESS + r"\s+(?:es|son|eres)\b"),
            Rule("why am I getting this", r"(?:por\s+que|porque|xq|pq)\s+(?:me\s+)?(?:mandan|envian|escriben|textean|"
                                          r"estan\s+(?:mandando|enviando|escribiendo))\b"),
            Rule("what is this", r"que\s+es\s+(?:esto|este\s+mensaje|este\s+numero)|\besto\s+(?:que|q)\s+es\b|\bde\s+que\s+se\s+trata|"
                                 r"\bpor\s+que\s+(?:me\s+)?(?:llegan|estoy\s+recibiendo|recibo)\s+(?:estos\s+)?"
                                 r"(?:mensajes|esto)"),
            Rule("how did you get my number", r"(?:como|de\s+donde|donde)\s+(?:obtuvieron|consiguieron|sacaron|"
                                              r"tienen|obtuvo|consiguio|saco|tiene)\s+mi\s+(?:numero|telefono|"
                                              r"celular)"),
            Rule("is this a scam", r"(?:es\s+(?:esto\s+)?(?:una\s+)?(?:estafa|fraude|real|verdad))\b"),
        ),
    },
    filler="por favor porfa porfavor xfa pf plis gracias hola ya oye senor senora ahora inmediatamente ok vale "
           "muchas buenas bueno disculpe perdon urgente favor",
    filler_phrases=("por favor", "muchas gracias", "no me interesa", "no me interesan", "de inmediato", "ahora mismo", "buenas tardes", "buenos dias",
                    "buenas noches", "lo antes posible"),
    negators="no nunca jamas ni",
    frames=(r"me\s+(?:pueden|puede|podrian|podria|puedes)|quiero|quisiera|deseo|necesito|me\s+gustaria|puede|pueden|podria|podrian|puedes|como\s+puedo|"
            r"como\s+hago\s+para|como|por\s+favor|favor\s+de|solo|solamente"),
    tails="me mas ya todo todos esto estos mensajes sms textos ahora",
    other_targets=OTHER_TARGETS,
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
)
