"""French, with and without accents, vous and tu, and the fillers people add (svp, stp, merci)."""

from ..lexicon import Intent, Lexicon, Rule

MESSAGES = r"(?:messages?|sms|textos?|texto|notifications?|alertes?|pubs?|publicites?|promotions?|offres|ca|cela|ces)"
SEND = r"m?(?:envoyer|ecrire|contacter|texter|spammer|harceler|deranger|embeter|relancer|solliciter)"
# What someone asking to opt back in wants to receive again ("recevoir vos promos de nouveau").
RECEIVED = (r"(?:(?:les|vos|mes|ces|des|tes)\s+)?(?:messages|msgs|sms|textos|notifications|notifs|alertes|offres|promos|"
            r"promotions|rappels|nouvelles|infos|actus|bons\s+plans|(?<=\bles\s)msg|(?<=\bvos\s)msg)")
AGAIN = r"(?:a\s+nouveau|de\s+nouveau|encore|de\s+retour)"
# Texts wanted somewhere else than by SMS to this number ("recevoir les messages par courriel", "sur mon autre numéro").
BY_OTHER_MEANS = (r"(?!(?:\s+\w+){0,4}\s+(?:par|sur|via|en)\s+(?:mon\s+|le\s+|l\s+)?(?:courriels?|mails?|e\s+mails?|emails?|"
                  r"whatsapp|messenger|appli|application|(?:un\s+|mon\s+)?autre\s+(?:numero|portable|telephone))\b)")
# A list of the texts, not a waiting or guest list ("la liste d'alertes", "la liste des promos").
OUR_LIST = r"(?:la|votre|vos|ta|les|cette)\s+(?:liste|listes|fichier)\b(?!\s+d\s+attente|\s+des\s+invites|\s+de\s+(?:classe|courses))"
OTHER_TARGETS = (r"(?:(?:ma|mon|mes|la|le|les|de|du|des|votre|vos|cette|ce|un|une)\s+){0,3}"
                 r"(?:commandes?|rendez\s+vous|rdv|reservations?|ordonnances?|medicaments?|courriels?|mails?|"
                 r"e\s+mails?|emails?|livraisons?|colis|abonnement\s+(?:au|a\s+la)\s+(?:magazine|journal|revue)|"
                 r"appels?|appeler|m\s+appeler|carte|compte|paiements?|factures?|produits?|articles?|achats?)"
                 r"(?!\s+(?:et\s+(?:les\s+)?(?:sms|messages)|sms|messages))")

LEXICON = Lexicon(
    language="fr",
    keywords={
        Intent.OPT_OUT: ("arret", "arrete", "arreter", "arrett", "arretez", "desabonner", "desabonnement",
                         "desinscription", "stop sms", "desinscrire", "desabonnez moi", "desinscrivez moi",
                         "fin", "annuler", "supprimer", "retirer", "stop merci", "stopper", "stoppez",
                         "arretez svp", "ca suffit", "assez", "non merci stop", "retirez moi", "supprimez moi",
                         "me desabonner", "me desinscrire", "desabonne", "desabonnez", "laissez moi tranquille"),
        Intent.OPT_IN: ("nonarret", "reprendre", "inscription", "reinscription", "m inscrire", "me reinscrire", "recommencer", "abonner", "m abonner", "reabonner",
                        "me reabonner", "commencer", "demarrer", "reactiver"),
        Intent.HELP: ("aide", "info", "infos", "renseignements", "aidez moi", "qui est ce", "c est qui", "qui etes vous",
                      "c est quoi", "qu est ce que c est", "besoin d aide", "assistance"),
    },
    rules={
        Intent.OPT_OUT: (
            Rule("not interested", r"(?:pas|plus)\s+interess\w*|\bca\s+ne\s+m\s+interesse\s+(?:pas|plus)\b",
                 negatable=False, review="'not interested' may decline one offer rather than all texts"),
            Rule("stop receiving", r"(?:arreter|cesser|ne\s+plus)\s+(?:de\s+)?recevoir"),
            Rule("no longer", r"ne\s+plus\s+(?:m\s+|me\s+|nous\s+)?(?:envoyer|ecrire|contacter|texter|deranger|"
                              r"solliciter|relancer)|\b(?:(?:je|j)\s+(?:ne\s+|n\s+)?(?:veux|veu|veut|voudrais|souhaite|desire)|jveux|jveu)\s+"
                              r"plus(?:\s+(?:rien|recevoir|de|vos|ces|d|les|ca|etre))?\s*$|\b(?:(?:je|j)\s+(?:ne\s+|n\s+)?"
                              r"(?:veux|veu|veut|voudrais|souhaite|desire)|jveux|jveu)\s+plus\s+(?:recevoir|de|vos|ces|d|les|"
                              r"etre)",
                 negatable=False),
            Rule("stop sending", rf"(?:arretez|arrete|arreter|arretes|cessez|cesse|cesser|stop|stoppez|stopper|"
                                 rf"finissez)\s+(?:de\s+|d\s+)?(?:m\s+|me\s+|nous\s+|moi\s+)?{SEND}\w*"),
            Rule("do not send", r"ne\s+(?:m\s+|me\s+|nous\s+)?m?(?:envoyez|envoie|envoies|ecrivez|ecris|contactez|"
                                r"textez|derangez|harcelez|relancez)\s+plus\b|\bn\s+(?:envoyez|ecrivez)\s+plus\b|"
                                r"\bplus\s+jamais\s+(?:de\s+)?(?:messages?|sms)\b", negatable=False),
            Rule("do not want", rf"(?:je\s+)?ne\s+(?:veux|veut|souhaite|desire|voudrais)\s+(?:plus|pas|"
                                rf"plus\s+jamais)\s+(?:recevoir|de|vos|ces|ca|d\s+autres|etre\s+contacte\w*|"
                                rf"{MESSAGES})|\bje\s+(?:veux|voudrais|souhaite)\s+plus\s+(?:recevoir|de|vos)",
                 negatable=False),
            Rule("no more", rf"plus\s+de\s+(?:{MESSAGES})\b|\bassez\s+(?:de|des|avec)\s+(?:{MESSAGES}|vos)",
                 negatable=False),
            Rule("unsubscribe", r"(?:desabonn|desinscri|desinscrip|retirez\s+moi|supprimez\s+moi|enlevez\s+moi|"
                                r"effacez\s+moi|sortez\s+moi|rayez\s+moi|retire\s+moi|supprime\s+moi|"
                                r"enleve\s+moi|oubliez\s+moi)\w*"),
            # "me retirer de la liste", "je veux être retiré de votre fichier" (not "la liste d'attente")
            Rule("off the list", r"(?:me\s+|nous\s+)?(?:retirer|enlever|supprimer|rayer|sortir|desinscrire|(?:etre\s+)?"
                                 r"(?:retire|enleve|supprime|raye|desinscrit|sorti)e?s?)\s+(?:moi\s+)?"
                                 r"(?:de|du|des)\s+(?:votre|vos|la|cette|ce|vo)\s+(?:liste|listes|fichier|base)"
                                 r"(?!\s+d\s+attente|\s+des\s+invites)"),
            # "j'en ai marre de vos messages", "ras le bol de ces pubs"
            Rule("fed up with the texts", r"(?:marre|ras\s+le\s+bol|assez|fatigue\w*|saoule\w*)\s+(?:de|des|d)\s+(?:vos\s+|"
                                          r"ces\s+|tes\s+|tous\s+ces\s+|toutes\s+ces\s+)?(?:messages|sms|textos|notifications|"
                                          r"alertes|pubs|publicites|promotions|promos|relances)\b", targeted=True),
            Rule("remove my number", r"(?:retirez|supprimez|enlevez|effacez|retire|supprime|enleve|efface)\s+"
                                     r"(?:mon\s+)?(?:numero|num|telephone|contact)"),
            # erasure asked for: "supprimez mes données"
            Rule("erase my data", r"(?:supprim|effac|retir)\w*\s+(?:toutes\s+)?mes\s+(?:donnees|coordonnees|informations|"
                                  r"infos)\b"),
            Rule("stop the messages", rf"(?:arretez|arreter|arrete|stoppez|stopper|stop|annulez|annuler|"
                                      rf"suspendez|desactivez|desactiver|bloquer|coupez)\s+(?:avec\s+)?(?:les\s+|vos\s+|ces\s+|tes\s+|"
                                      rf"tous\s+les\s+|(?:(?:les|vos|ces|l)\s+)?envois?\s+(?:de|des|d)\s+)?{MESSAGES}\b|\b(?:ca\s+suffit|c\s+est\s+bon|"
                                      rf"assez)\s+avec\s+(?:les\s+|vos\s+|ces\s+)?{MESSAGES}\b"),
            # "comment on arrête ça ?", "comment je fais pour plus recevoir", "comment on se désabonne ?"
            Rule("how to stop", r"(?:comment|(?:que|qu\s+est\s+ce\s+que|qu\s+est\s+ce\s+qu)\s+(?:dois\s+je|faut\s+il|je\s+dois|"
                                r"il\s+faut|j\s+dois|je\s+peux)\s+(?:envoyer|repondre|ecrire|faire|mettre|taper)\s+"
                                r"pour|y\s+a\s+t\s+il\s+(?:un\s+)?moyen\s+de|est\s+ce\s+que\s+je\s+peux|"
                                r"je\s+peux|puis\s+je)\s+(?:je\s+|j\s+|on\s+)?(?:(?:fais|fait|faire|dois|doit|peux|"
                                r"peut)\s+(?:pour\s+)?)?(?:me\s+|m\s+|vous\s+|se\s+|s\s+|les\s+|ca\s+)?"
                                r"(?:arreter|arrete|desabonner|desabonne|desinscrire|desinscrit|stopper|stoppe|"
                                r"(?:ne\s+)?plus\s+(?:recevoir|rien\s+recevoir)|bloquer|bloque|desactiver|desactive|"
                                r"annuler|annule|retirer|retire|faire\s+arreter|sortir|sort)\b"
                                r"(?!\s+(?:le|la|les|mon|ma|mes|l|un|une|ce|cette|cet)\s+(?!(?:messages?|sms|textos?|"
                                r"notifications?|alertes?|pubs?|publicites?|promotions?|offres|envois?|service\s+sms)\b)\w)"),
            Rule("wrong number", r"(?:mauvais|faux)\s+(?:numero|num|destinataire)|\b(?:pas|plus)\s+la\s+bonne\s+"
                                 r"personne|\bmauvaise\s+personne|\berreur\s+de\s+(?:numero|"
                                 r"destinataire|personne)|\bpas\s+le\s+bon\s+(?:numero|destinataire)|"
                                 r"\bn\s+est\s+(?:pas|plus)\s+(?:mon|le|son)\s+numero|\bnumero\s+(?:\w+\s+){0,2}n\s+appartient\s+(?:plus|pas)|\bn\s+(?:a|utilise)\s+plus\s+(?:ce|le|son)\s+numero|"
                                 r"\bnumero\s+ne\s+(?:lui|leur|m)\s+appartient\s+(?:plus|pas)|\bnumero\s+a\s+change\s+de\s+"
                                 r"(?:proprietaire|titulaire|main)|\bnumero\s+n\s+est\s+(?:plus|pas)\s+"
                                 r"(?:celui|le\s+numero|a)\s+(?:de|d)\b|\bvous\s+vous\s+etes\s+trompe|"
                                 r"\b(?:decede|decedee|est\s+mort|est\s+morte|nous\s+a\s+quittes|est\s+partie?)\b|"
                                 # nobody by that name at this number
                                 r"\bje\s+(?:ne\s+|n\s+)?connais\s+(?:pas\s+de|aucun|aucune)\b|\bpersonne\s+(?:de\s+ce\s+nom|"
                                 r"ne\s+s\s+appelle|qui\s+s\s+appelle)\b|\b(?:pas\s+de|aucun|aucune)\s+\w+(?:\s+\w+)?\s+"
                                 r"(?:a|sur|avec)\s+ce\s+numero\b|"
                                 # "vous vous trompez de personne", "je ne suis pas Mme Dupont"
                                 r"\btromp\w*\s+de\s+(?:numero|personne|destinataire)\b|\bje\s+(?:ne\s+|n\s+)?suis\s+"
                                 r"pas\s+(?:m|mme|mr|monsieur|madame|mlle|mademoiselle|le|la)\s+\w+(?:\s+\w+)?$",
                 negatable=False),
            Rule("consent refused", r"(?:jamais|pas)\s+(?:inscrit|inscrite|abonne|abonnee|donne\s+mon|accepte|"
                                    r"consenti|autorise|demande)|\brien\s+(?:demande|sollicite)\b|\bsans\s+mon\s+(?:consentement|accord|autorisation)|"
                                    r"\bje\s+(?:retire|revoque)\s+mon\s+(?:consentement|accord)",
                 negatable=False),
            Rule("legal threat", r"(?:(?:mon|un)\s+avocat|porter\s+plainte|plainte|harcelement|harceler|signaler|bloctel|"
                                 r"justice|tribunal)\b"),
            Rule("leave me alone", r"(?:laissez|laisse|fichez|foutez|fiche|fous)\s+moi\s+(?:tranquille|la\s+paix)|"
                                   r"\bca\s+suffit\b|\bc\s+est\s+(?:bon|assez)\s+(?:arretez|stop)"),
            Rule("complaint about more texts", r"pourquoi\s+(?:vous\s+)?(?:continuez|m\s+(?:envoyez|ecrivez|contactez)\s+"
                                               r"(?:encore|toujours))|"
                                               r"\bpourquoi\s+(?:je\s+recois|recois\s+je)\s+(?:encore|toujours)\b|"
                                               r"\b(?:stop|arret|desabonn\w*)\s+(?:\w+\s+){0,3}?(?:mais|et)\s+(?:vous\s+continuez|"
                                               r"ca\s+continue|je\s+recois\s+toujours|j\s+en\s+recois\s+encore)|"
                                               r"\bj\s+ai\s+deja\s+(?:dit|demande|envoye|ecrit|repondu)\s+(?:stop|arret|de|d\s+arreter|qu\s+on|que\s+vous)\b|"
                                               # "combien de fois faut-il vous dire d'arrêter", "ça fait trois fois que
                                               # je dis stop"
                                               r"\bcombien\s+de\s+fois\s+(?:\w+\s+){0,4}?(?:dire|demander|ecrire|envoyer)\s+"
                                               r"(?:\w+\s+)?(?:stop|arret\w*|d\s+arreter|de\s+ne\s+plus)\b|"
                                               r"\bfois\s+que\s+(?:je\s+|j\s+)?(?:dis|demande|ecris|envoie|reponds|ai\s+dit|"
                                               r"ai\s+demande|ai\s+envoye|ai\s+ecrit)\s+(?:stop|arret\w*|d\s+arreter|de\s+ne\s+plus)\b",
                 negatable=False),
        ),
        Intent.OPT_IN: (
            # asked as a question that opens the request: "vous pouvez me réabonner ?", "pouvez-vous me réinscrire aux
            # textos ?"
            Rule("resubscribe", r"(?:(?:pouvez\s+vous|pourriez\s+vous|vous\s+pouvez|vous\s+pourriez|tu\s+peux|peux\s+tu|"
                                r"pourrais\s+tu)\s+(?:me\s+|m\s+)?)?(?:reabonn|reinscri)\w*"),
            # "vous pouvez me renvoyer les alertes ?", "remettez-moi les notifications"
            Rule("send the texts again", rf"(?:renvoyer|renvoyez|renvoie|remettre|remettez|remets|reactiver|reactivez|"
                                         rf"rallumer|rallumez)\s+(?:moi\s+|me\s+|m\s+)?{RECEIVED}\b"),
            Rule("how do I subscribe", r"comment\s+(?:je\s+|on\s+)?(?:fais\s+pour\s+|fait\s+pour\s+|faire\s+pour\s+)?"
                                       r"(?:m\s+|me\s+|s\s+|se\s+)?(?:(?:abonn\w*|reinscri\w*|reabonn\w*)"
                                       rf"(?=\s*$|\s+(?:a|aux|au)\s+{RECEIVED}\b)|inscri\w*(?=\s+(?:a|aux|au)\s+{RECEIVED}\b))"),
            Rule("subscribe", r"(?:abonnez\s+moi|m\s+abonner|inscrivez\s+moi|reactivez|reactiver)\b"),
            # "remettez-moi sur la liste": put back on the list, named.
            Rule("put me back", r"(?:remettez|remets|remettre|rajoutez|rajoute|rajouter|reinscrivez|reinscris)\s+moi\s+"
                                r"(?:sur|dans)\s+(?:la|votre|vos|ta|les)\s+(?:liste|listes|fichier)\b"),
            # Put on the list (again): "Mettez-moi à nouveau sur la liste d'alertes", "pouvez-vous me remettre sur la
            # liste", "je veux m'inscrire aux alertes sms", "j'aimerais être ajoutée à la liste";
            # back to it: "je veux revenir sur la liste des promos".
            Rule("put me on the list", rf"(?:(?:mettez|mets|mettre|ajoutez|ajoute|ajouter|inscrivez|inscris|inscrire)\s+moi|"
                                       rf"(?:me|m)\s+(?:remettre|mettre|rajouter|ajouter|reinscrire|inscrire))\s+"
                                       rf"(?:{AGAIN}\s+)?(?:sur|dans|a)\s+{OUR_LIST}|\betre\s+(?:a\s+nouveau\s+|de\s+nouveau\s+)?"
                                       rf"(?:ajoute|remis|inscrit|reinscrit|rajoute)e?s?\s+(?:(?:sur|dans|a)\s+{OUR_LIST}|"
                                       rf"(?:a|aux|au)\s+{RECEIVED}\b)|\b(?:me|m)\s+(?:inscrire|reinscrire|"
                                       rf"abonner|reabonner)\s+(?:a|aux|au)\s+(?:la\s+liste\s+des\s+)?{RECEIVED}\b|\b(?:revenir|retourner|etre\s+remise?)\s+"
                                       rf"(?:sur|dans)\s+{OUR_LIST}"),
            # The texts wished for: "je voudrais recevoir les messages de distribution", "je veux encore recevoir les
            # notifs", "je souhaite continuer à recevoir vos messages", "je veux les textos de retour svp".
            Rule("wish to receive", rf"(?:(?:(?:je|j)\s+(?:veux|veu|ve|voudrais|souhaite|souhaiterais|aimerais|veut)|jveux|jveu|"
                                    rf"jvoudrais)\s+(?:{AGAIN}\s+|bien\s+|"
                                    rf"toujours\s+)?|\bcontinuer\s+a\s+)recevoir\s+{RECEIVED}\b{BY_OTHER_MEANS}|"
                                    r"\b(?:(?:je|j)\s+(?:veux|veu|ve|voudrais|souhaite|souhaiterais|aimerais)|jveux|jveu|jvoudrais)\s+"
                                    rf"{RECEIVED}\s+(?:\w+\s+){{0,3}}?{AGAIN}\b"),
            # Sending asked for: "envoyez-moi les promos" (often written "envoyer-moi"), "vous pouvez m'envoyer les alertes
            # à nouveau ?"; switching on
            # again: "activez à nouveau les alertes".
            Rule("send me the texts", rf"(?:(?:envoyez|envoyer|envoie|renvoyez|renvoyer|renvoie)\s+moi|(?:vous\s+pouvez|pouvez\s+vous|"
                                      rf"vous\s+pourriez|pourriez\s+vous|tu\s+peux|peux\s+tu)\s+(?:me|m)\s+(?:envoyer|"
                                      rf"renvoyer))\s+(?:{AGAIN}\s+)?{RECEIVED}\b{BY_OTHER_MEANS}|\b(?:re)?activ(?:ez|er|e)\s+"
                                      rf"(?:{AGAIN}\s+{RECEIVED}\b|{RECEIVED}\s+(?:\w+\s+){{0,2}}?{AGAIN}\b)"),
            Rule("receive again", rf"recevoir\s+{RECEIVED}\s+(?:par\s+(?:texto|sms|message)s?\s+)?(?:de\s+nouveau|a\s+nouveau|encore)|"
                                  rf"\b(?:de\s+nouveau|a\s+nouveau|encore)\s+recevoir\s+{RECEIVED}|"
                                  r"\brecevoir\s+(?:de\s+|a\s+)nouveau|\brecevoir\s+encore|\b(?:recommencer|"
                                  r"reprendre)\s+a\s+recevoir|\breprendre\s+"
                                  r"(?:les\s+|mes\s+)?(?:messages|sms|envois|notifications|alertes|offres|promos)"),
        ),
        Intent.HELP: (
            Rule("who gave you my number", r"qui\s+vous\s+a\s+donne\s+mon\s+numero|\bou\s+avez\s+vous\s+(?:eu|trouve|pris)\s+mon\s+numero|"
                                           # "qui m'a inscrit ?"
                                           r"\bqui\s+m\s+a\s+(?:inscrit|inscrite|abonne|abonnee|ajoute|ajoutee|enregistre|"
                                           r"enregistree)\b"),
            Rule("more information", r"plus\s+d\s+(?:infos?|informations?|details|renseignements)\b|\ben\s+savoir\s+plus\b"),
            Rule("need help", r"besoin\s+d\s+(?:aide|informations?|infos?)\b|^aide\w*|\bje\s+(?:ne\s+|n\s+)?"
                              r"comprends?\s+(?:pas|rien)\s+(?:a\s+)?(?:ce|votre|le)\s+(?:message|sms|texto)\b"),
            Rule("which company", r"(?:quelle|quel)\s+(?:entreprise|societe|compagnie|boite|magasin|marque|cabinet|"
                                  r"clinique|pharmacie|agence|banque|ecole|salle|garage|restaurant|service|organisme|"
                                  r"association|club|eglise|centre|hopital|programme|site|appli|application|boutique|"
                                  r"assurance|mutuelle|labo|laboratoire|salon|institut)\b"),
            Rule("who is this", r"qui\s+(?:est\s+ce|etes\s+vous|es\s+tu|est\s+la|(?:m\s+|me\s+|nous\s+)?(?:envoie|"
                                r"envoient|ecrit|ecrivent|texte|a\s+envoye|m\s+a\s+envoye)|(?:paie|paye|finance)\s+"
                                r"(?:pour\s+)?(?:ces|ce|ca|les|cela))\b|"
                                r"\bc\s+est\s+qui\b|\bvous\s+etes\s+qui\b|\bqui\s+est\s+a\s+l\s+appareil\b|\bqui\s+c\s*$|"
                                r"\bde\s+la\s+part\s+de\s+qui\b|"
                                r"\bc\s+(?:est\s+)?(?:koi|quoi)\s+(?:ce|ces|cette|ca)\b"),
            Rule("why am I getting this", r"pourquoi\s+(?:est\s+ce\s+que\s+)?(?:vous\s+|tu\s+)?(?:m|me)\s+"
                                          r"(?:ecrivez|envoyez|textez|contactez|ecris|envoies)\b"),
            Rule("what is this", r"(?:c\s+est\s+quoi|qu\s+est\s+ce\s+que\s+c\s+est|de\s+quoi\s+s\s+agit\s+il|"
                                 r"c\s+est\s+pour\s+quoi|c\s+est\s+a\s+quel\s+sujet)|"
                                 r"\bpourquoi\s+(?:je\s+recois|recois\s+je)"),
            Rule("how did you get my number", r"comment\s+(?:avez\s+vous|vous\s+avez|as\s+tu)\s+(?:eu|obtenu|"
                                              r"trouve)\s+mon\s+numero|\bou\s+avez\s+vous\s+(?:eu|trouve)\s+mon|"
                                              r"\b(?:eu|obtenu|trouve|recupere)\s+mon\s+(?:numero|num|contact)\s+"
                                              r"(?:comment|ou|par\s+qui)\b"),
            Rule("is this a scam", r"(?:c\s+est\s+une\s+|est\s+ce\s+une\s+)(?:arnaque|fraude)|\barnaque\s*$|"
                                   # "est-ce du spam ?", "arnaque ou pas ?", "c'est vraiment la banque ?"
                                   r"\best\s+ce\s+(?:que\s+c\s+est\s+)?(?:du\s+spam|une\s+arnaque|vrai|legit\w*|serieux)\b|"
                                   r"\b(?:arnaque|spam|fraude|vrai)\s+ou\s+(?:pas|non|vrai|c\s+est\s+vrai)\b|"
                                   r"\bc\s+est\s+(?:vraiment|reellement)\s+(?:la|le|les|de|du|des|l|vous)\b|\b(?:c\s+est|est\s+ce)\s+legal\b"),
        ),
    },
    filler="svp stp merci bonjour salut slt bonsoir svpl maintenant immediatement tout de suite vite ok",
    filler_phrases=("pas interesse", "pas interessee", "s il vous plait", "s il te plait", "merci beaucoup", "tout de suite", "svp merci",
                    "de suite", "s v p", "sil vous plait", "sil te plait", "svp merci beaucoup"),
    negators="ne pas jamais non n",
    frames=(r"je\s+veux|je\s+voudrais|je\s+souhaite|pouvez\s+vous|pourriez\s+vous|vous\s+pouvez|vous\s+pourriez|"
            r"(?:c\s+est|est\s+ce|est\s+il)\s+possible\s+(?:de|d)|"
            r"tu\s+peux|peux\s+tu|veuillez|merci\s+de|merci\s+d|comment"),
    tails="moi svp stp merci maintenant",
    other_targets=OTHER_TARGETS,
    # "comment arrêter de fumer", "annuler de payer": an activity after a verb of ending, not the texts
    other_objects=(r"(?:de|d)\s+(?!(?:m|me|nous|vous|les|en|plus)\b)(?!(?:recevoir|envoyer|ecrire|contacter|texter|"
                   r"spammer|harceler|deranger|embeter|relancer|solliciter|votre|notre|leur|autre|entre|contre|quatre)\b)"
                   r"\w+(?:er|ir|re)\b"),
    jokes=r"mdr|ptdr|lol",
    messages=MESSAGES,
    reported_speech=r"(?:ma\s+femme|mon\s+mari|ma\s+mere|mon\s+pere|il|elle|ils)\s+(?:a\s+dit|dit|veut|m\s+a\s+dit)",
    # The opt-out word is named: "Annulez ma commande, je me suis trompé de taille" is no STOP sent by mistake.
    # Or taken back: "j'avais fait stop, mais finalement je veux me réabonner", "j'ai changé d'avis".
    mistakes=(r"(?:stop|arret\w*|desabonn\w*|desinscri\w*)\s+(?:\w+\s+){0,3}?(?:mais\s+)?(?:finalement|en\s+fait|"
              r"maintenant)?\s*(?:j\s+ai\s+change\s+d\s+avis|je\s+(?:veux|voudrais|souhaite|aimerais)\s+"
              r"(?:me\s+reabonn|me\s+reinscri|recevoir\s+(?:a\s+nouveau|de\s+nouveau|encore)|les\s+recevoir|revenir))|"
              r"(?:stop|arret\w*|desabonn\w*|desinscri\w*)\s+(?:\w+\s+){0,3}(?:par\s+erreur|par\s+accident|"
              r"sans\s+faire\s+expres|par\s+megarde)|(?:par\s+erreur|par\s+accident|sans\s+faire\s+expres|par\s+megarde|"
              r"je\s+me\s+suis\s+trompe\w*)\s+(?:\w+\s+){0,3}(?:stop|arret\w*|desabonn\w*|desinscri\w*)|"
              # "c'était une erreur le STOP", "le stop, c'était une erreur"
              r"(?:c\s+etait|c\s+est|etait)\s+une\s+erreur\s+(?:\w+\s+){0,2}?(?:stop|arret\w*|desabonn\w*|desinscri\w*)|"
              r"(?:stop|arret\w*|desabonn\w*|desinscri\w*)\s+(?:\w+\s+){0,2}?(?:c\s+etait|etait)\s+une\s+erreur"),
    # "arrêtez les appels, les textos ça va": the texts are fine, something else is not
    texts_welcome=(r"(?:les\s+)?(?:textos|messages|sms)\s+(?:ca\s+va|c\s+est\s+bon|ok|oui)\b|"
                   r"\bprefere?\s+(?:les\s+)?(?:textos|messages|sms)\b"),
)
