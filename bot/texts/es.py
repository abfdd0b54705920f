"""Catálogo en español. Cálido, sencillo, para adolescentes; cada respuesta dice qué sigue."""

TEXTS: dict[str, str] = {
    "role.student": "estudiante",
    "role.mentor": "mentor/a de pares",
    "role.counselor": "consejero/a",
    "role.coordinator": "coordinador/a del programa",
    "choose_school": "¡Hola! 👋 Este es el chat de apoyo entre pares de tu escuela.\n\n"
    "¿En qué escuela estás? Tócala abajo.",
    "no_schools": "¡Hola! 👋 Este chat todavía no está listo para ninguna escuela.\n\n"
    "Pide a la persona que coordina el apoyo entre pares el enlace o el código de tu escuela "
    "y luego envía <code>/start TUCODIGO</code>.",
    "code_unknown": "Mmm, no reconozco ese código. 🤔\n\n"
    "Revisa el póster o el enlace que te dieron y vuelve a intentarlo con "
    "<code>/start TUCODIGO</code>. Si sigue sin funcionar, pregunta a tu coordinador/a.",
    "invite_used": "Esa invitación ya se usó, y cada una sirve solo una vez.\n\n"
    "Pide una nueva a tu coordinador/a.",
    "invite_expired": "Esa invitación ya venció.\n\nPide una nueva a tu coordinador/a.",
    "too_many_tries": "Son muchos códigos en poco tiempo, así que haré una pausa. ⏳\n\n"
    "Inténtalo de nuevo en unos {minutes} minutos. No cambió nada más.",
    "consent": "<b>Antes de empezar, algunas cosas que debes saber</b>\n\n"
    "🔒 <b>Privado:</b> los mentores nunca ven tu nombre ni tu usuario, solo un apodo como "
    "“Estudiante K7”. No guardamos lo que escribes.\n"
    "📊 <b>Registro:</b> solo datos anónimos (como “hubo una charla” o cuánto esperaste) "
    "para saber si el programa ayuda. Nunca tus mensajes.\n"
    "🧡 <b>Seguridad:</b> si dices que alguien podría hacerte daño o que podrías hacer daño, "
    "se avisará a un/a consejero/a adulto/a de tu escuela para que pueda ayudar. En una "
    "emergencia, ese/a consejero/a también puede ver quién eres en Telegram (tu nombre y tu "
    "usuario) para contactarte directamente. Los mentores nunca pueden.\n\n"
    "Toca <b>Entiendo</b> para continuar.",
    "consent_needed": "Primero lee la nota de arriba y toca <b>Entiendo</b>. "
    "Después te muestro lo que puedes hacer aquí.",
    "consent_done_student": "Gracias por leerlo. 💛 Ya estás listo/a en {school}.\n\n"
    "Cuando quieras hablar, un/a mentor/a de tu escuela con formación puede escucharte. "
    "Envía /help para ver lo que puedes hacer, o /resources si necesitas ayuda ya.",
    "consent_done_staff": "¡Gracias! Ya estás listo/a como {role} en {school}.\n\n"
    "Envía /help para ver lo que puedes hacer aquí.",
    "joined_staff": "¡Te damos la bienvenida al equipo de apoyo entre pares de {school}! "
    "Te unes como {role}.",
    "already_member": "Ya eres parte de {school} como {role}. No cambió nada.\n\n"
    "Envía /help para ver lo que puedes hacer.",
    "role_changed": "Ahora eres {role} en {school}. ¡Gracias por ser parte del equipo!",
    "welcome_back": "¡Qué bueno verte! Estás con {school} como {role}.\n\nEnvía /help para ver "
    "lo que puedes hacer.",
    "staff_role_kept": "Estás en el equipo de {school} como {role}, así que todo está listo. "
    "No cambió nada.\n\nEnvía /help para ver lo que puedes hacer.",
    "button.consent": "Entiendo",
    "button.english": "English",
    "button.spanish": "Español",
    "help.not_enrolled": "<b>Cómo empezar</b>\n\n"
    "Abre el enlace del póster de tu escuela o envía <code>/start TUCODIGO</code> con el código "
    "de tu escuela. Si no lo tienes, pregunta a quien coordina el apoyo entre pares.\n\n"
    "/resources: personas a las que puedes llamar ahora\n/language: inglés o español",
    "help.student": "<b>Lo que puedes hacer aquí</b>\n\n"
    "/talk: hablar con un/a mentor/a de tu escuela con formación\n"
    "/cancel: salir de la fila\n"
    "/end: terminar una conversación\n"
    "/status: en qué va tu solicitud\n"
    "/checkins off u on: mensajes de seguimiento después de una conversación\n"
    "/delete_me: borrar tus datos\n"
    "/resources: personas a las que puedes contactar ahora, a cualquier hora\n"
    "/language: inglés o español\n"
    "/help: esta lista\n\n"
    "Si algo se siente demasiado grande, siempre puedes llamar o enviar un texto al 988.",
    "help.mentor": "<b>Herramientas para mentores</b>\n\n"
    "/onshift: empezar a recibir solicitudes (/onshift 2 para tomar dos a la vez)\n"
    "/offshift: dejar de recibir solicitudes\n"
    "/status: tu turno y tus conversaciones\n"
    "/end: terminar una conversación\n"
    "/flag: avisar a un/a consejero/a sobre tu conversación actual (sigue abierta)\n"
    "/resources: líneas de crisis para compartir cuando alguien las necesite\n"
    "/language: inglés o español\n"
    "/help: esta lista\n\n"
    "Cuando estés de turno y un/a estudiante pida apoyo, te llegará aquí un mensaje con el tema. "
    "Si algo suena a crisis, se avisa de inmediato a un/a consejero/a.",
    "help.counselor": "<b>Herramientas para consejeros</b>\n\n"
    "/alerts: las alertas abiertas de tu escuela, de la más antigua a la más nueva\n"
    "/reply NUMERO_DE_ALERTA mensaje: escribir al/la estudiante de una alerta (o responde a la "
    "alerta)\n"
    "/resources: las líneas de crisis que ven los estudiantes\n"
    "/language: inglés o español\n"
    "/help: esta lista\n\n"
    "Las alertas de crisis de los estudiantes de tu escuela llegan a este chat, con los botones "
    "<b>Confirmar</b> y <b>Resuelta</b>. Hasta que alguien confirme, la alerta se reenvía cada "
    "pocos minutos, y después de unos intentos también a los chats de respaldo de la escuela y "
    "luego a su coordinación. Fuera del horario de consejería va a los contactos de guardia.",
    "help.coordinator": "<b>Herramientas para coordinación</b>\n\n"
    "/invite mentor o /invite counselor: un enlace de invitación de un solo uso\n"
    "/survey_mentors: volver a preguntar a los mentores si la formación fue útil\n"
    "/alerts: las alertas de crisis abiertas de tu escuela y quién tomó cada una\n"
    "/resources: las líneas de crisis que ven los estudiantes\n"
    "/language: inglés o español\n"
    "/help: esta lista",
    "help.admin": "\n\n<b>Administración</b> (todas las escuelas)\n"
    "/invite CODIGOESCUELA mentor|counselor|coordinator: una invitación de un solo uso",
    "language_choose": "Which language would you like? / ¿Qué idioma prefieres?",
    "language_set": "¡Listo! Desde ahora te escribo en español. Envía /help para ver lo que "
    "puedes hacer.",
    "resources": "<b>Puedes hablar con alguien ahora mismo, a cualquier hora:</b>\n\n"
    "📞 Llama o envía un texto al <b>988</b> (Línea de Prevención del Suicidio y Crisis; "
    "marca 2 para español)\n"
    "💬 Envía <b>AYUDA</b> al <b>741741</b> (Crisis Text Line)\n"
    "🚨 Si estás en peligro ahora, llama al <b>911</b>.",
    "resources_school": "\n\n<b>En {school}:</b>\n{text}",
    "invite_usage": "Para invitar a alguien, envía <code>/invite mentor</code> o "
    "<code>/invite counselor</code>.",
    "invite_usage_admin": "Como admin, envía <code>/invite CODIGOESCUELA ROL</code>, donde ROL es "
    "mentor, counselor o coordinator.",
    "invite_created": "Aquí tienes una invitación de un solo uso para un/a nuevo/a {role} en "
    "{school}. Envíala solo a esa persona: sirve una vez y vence el {expires}.\n\n{link}",
    "invite_unknown_school": "No encontré una escuela con el código {code}. No se creó nada.",
    "not_allowed": "Lo siento, eso es solo para {roles}. No cambió nada.",
    "stale_button": "Ese botón ya no está vigente, así que no pasó nada.",
    "unknown_command": "No conozco ese comando, pero esto es lo que puedes hacer:",
    "free_text_not_enrolled": "¡Hola! 👋 Para empezar, abre el enlace de tu escuela o envía "
    "<code>/start TUCODIGO</code> con el código de tu escuela.\n\n"
    "Si necesitas ayuda ahora, llama o envía un texto al 988.",
    "free_text_member": "¡Aquí estoy! Este chat solo pasa mensajes durante una conversación "
    "con un/a mentor/a.\n\nEnvía /help para ver lo que puedes hacer, o /resources si necesitas "
    "a alguien ahora.",
    "text_only": "Solo puedo pasar mensajes de texto, así que ese no se envió. "
    "Escribe lo que quieras decir.",
    "edits_not_sent": "No puedo pasar mensajes editados, así que el cambio no se envió. "
    "Mejor envía un mensaje nuevo.",
    "error_database": "Lo siento, ahora no puedo llegar a nuestros registros, así que eso no se "
    "hizo y no cambió nada. Inténtalo de nuevo en unos minutos.\n\n"
    "Si necesitas ayuda ahora, llama o envía un texto al 988, o llama al 911 si estás en peligro.",
    "error_generic": "Lo siento, algo falló de nuestro lado, así que eso no se hizo. "
    "Inténtalo de nuevo en un minuto.\n\nSi necesitas ayuda ahora, llama o envía un texto al 988.",
    "button.talk": "Hablar con un/a mentor/a",
    "topic.stress": "Estrés y escuela",
    "topic.friends": "Amistades y relaciones",
    "topic.family": "Familia",
    "topic.conflict": "Conflictos",
    "topic.down": "Me siento mal",
    "topic.other": "Otra cosa",
    "mood.1": "1 😣",
    "mood.2": "2 🙁",
    "mood.3": "3 😐",
    "mood.4": "4 🙂",
    "mood.5": "5 😄",
    "mood.skip": "Omitir",
    "talk_choose_topic": "Me alegra que escribas. 💛 ¿De qué te gustaría hablar? "
    "Elige lo que más se parezca.",
    "talk_choose_mood": "Gracias. ¿Cómo te sientes ahora, de 1 (muy mal) a 5 (muy bien)?",
    "talk_needs_consent": "Antes de hablar con un/a mentor/a, lee la nota de arriba y toca "
    "<b>Entiendo</b>.",
    "talk_students_only": "Pedir apoyo es para estudiantes. Envía /help para ver lo que puedes "
    "hacer.",
    "talk_finding": "¡Gracias! Estoy buscando un/a mentor/a para ti. Te aviso en cuanto alguien "
    "se una. Puedes usar /cancel cuando quieras.",
    "talk_in_line": "Todos los mentores están ocupados ahora. Eres el número <b>{position}</b> en "
    "la fila (unos {minutes} min). Te aviso en cuanto se una alguien. Puedes usar /cancel cuando "
    "quieras.",
    "talk_no_shift": "Ahora no hay mentores de turno. {next_shift}\n\n"
    "Tu solicitud está guardada: el primer mentor que empiece su turno la recibirá y te avisaré. "
    "O, si prefieres, solo te aviso cuando empiece un turno.",
    "next_shift_at": "El próximo turno empieza {when}.",
    "next_shift_unknown": "No sé cuándo empieza el próximo turno.",
    "when_today": "hoy a las {time}",
    "when_tomorrow": "mañana a las {time}",
    "button.wait_in_line": "Guardar mi lugar",
    "button.notify_instead": "Solo avísame cuando empiece un turno",
    "notify_instead_done": "Listo, saliste de la fila. Te escribo cuando un/a mentor/a empiece "
    "su turno. Envía /talk cuando quieras.",
    "shift_started_for_student": "Ya hay un/a mentor/a de turno. 💛 Envía /talk si quieres hablar.",
    "talk_already_waiting": "Ya estás en la fila (número {position}). Te aviso en cuanto "
    "se una un/a mentor/a. Puedes usar /cancel cuando quieras.",
    "talk_already_talking": "Ya estás hablando con un/a mentor/a. Escribe aquí, o envía /end "
    "cuando termines.",
    "talk_mentor_joining": "¡Se une un/a mentor/a! 🙌 Ya están conectados. Todo lo que escribas "
    "aquí le llega, y nunca verá tu nombre. Envía /end cuando termines.",
    "cancel_done": "Listo, saliste de la fila. Envía /talk cuando quieras intentarlo de nuevo.",
    "cancel_nothing": "Ahora no estás esperando a un/a mentor/a. Envía /talk para pedir uno.",
    "mentor_only": "Eso es para mentores. Envía /help para ver lo que puedes hacer.",
    "onshift_done": "Estás de turno. 🟢 Te enviaré solicitudes aquí (hasta {capacity} a la vez). "
    "Envía /offshift cuando termines.",
    "onshift_already": "Ya estás de turno (hasta {capacity} a la vez).",
    "offshift_done": "Terminaste tu turno. No te llegarán solicitudes nuevas. ¡Gracias por tu "
    "tiempo! 💛",
    "offshift_still_talking": "Terminaste tu turno, así que no llegarán solicitudes nuevas. "
    "Sigues hablando con Estudiante {alias}: ¿terminas la conversación o se la pasas a otro/a "
    "mentor/a?",
    "button.end_conversation": "Terminar conversación",
    "button.hand_over": "Pasar a otro/a",
    "capacity_usage": "Usa /onshift, o /onshift 2 para tener hasta 2 conversaciones a la vez "
    "(máximo {maximum}).",
    "offer": "🔔 <b>Un/a estudiante quiere hablar</b>\nTema: {topic}\nEsperando: {waiting}\n\n"
    "¿Puedes tomarlo? Si no respondes en {timeout}, pasará a otro/a mentor/a.",
    "button.accept": "Aceptar",
    "button.pass": "Pasar",
    "offer_accepted": "Estás conectado/a con <b>Estudiante {alias}</b> ({topic}). Todo lo que "
    "escribas aquí le llega. Envía /end cuando termines.",
    "offer_passed": "No pasa nada, se lo pasé a otra persona. Gracias por avisar.",
    "offer_expired": "No hubo respuesta a tiempo, así que la solicitud pasó a otro/a mentor/a.",
    "offer_gone": "Esta solicitud ya siguió su camino (otro/a mentor/a la tiene, o el/la "
    "estudiante se fue), así que no cambió nada.",
    "offer_withdrawn": "Esta solicitud ya no está esperando, así que no cambió nada.",
    "waiting_minutes": "{minutes} min",
    "waiting_moments": "recién",
    "status_mentor": "<b>Tu estado</b>\nTurno: {shift}\nConversaciones: {active} de "
    "{capacity}\nEstudiantes esperando en tu escuela: {waiting}",
    "status_on": "activo 🟢",
    "status_off": "inactivo",
    "status_student_idle": "Ahora no estás esperando a un/a mentor/a. Envía /talk para pedir uno.",
    "relay.to_mentor": "<b>Estudiante {alias}:</b>\n",
    "relay.to_student": "<b>Tu mentor/a:</b>\n",
    "relay.not_delivered": "⚠️ Tu último mensaje no llegó: Telegram no nos está aceptando "
    "mensajes en este momento. Por favor envíalo otra vez en un minuto. (Nunca guardamos copia "
    "de lo que escribes, así que no quedó guardado en ningún lado.)",
    "mentor_not_in_conversation": "Ahora no estás en una conversación, así que eso no se envió. "
    "Envía /onshift para recibir solicitudes, o /help.",
    "mentor_pick_conversation": "Estás en más de una conversación. Responde al mensaje de un/a "
    "estudiante (desliza a la izquierda) para saber a quién va. No se envió nada.",
    "end_pick_conversation": "¿Qué conversación quieres terminar?",
    "button.end_with": "Terminar con Estudiante {alias}",
    "end_nothing": "Ahora no estás en una conversación.",
    "ended_for_student": "Tu conversación terminó. Gracias por escribir. 💛",
    "ended_for_mentor": "La conversación con Estudiante {alias} terminó. Gracias por acompañar. 💛",
    "ended_by_student_for_mentor": "Estudiante {alias} terminó la conversación. Gracias por "
    "acompañar. 💛",
    "ended_by_mentor_for_student": "Tu mentor/a terminó la conversación. Gracias por escribir. 💛",
    "handed_over_for_student": "Tu mentor/a tuvo que irse, así que estoy buscando a otra persona. "
    "Conservas tu lugar en la fila. Puedes usar /cancel cuando quieras.",
    "handed_over_for_mentor": "Listo, Estudiante {alias} tendrá otro/a mentor/a.",
    "mentor_unreachable_for_student": "No puedo contactar a tu mentor/a ahora, así que estoy "
    "buscando a otra persona. Conservas tu lugar en la fila. Puedes usar /cancel cuando quieras.",
    "feedback_felt_better": "Dos preguntas rápidas (solo toca): ¿te sientes mejor que antes de "
    "hablar?",
    "feedback_comfortable": "¿Te sentiste cómodo/a para abrirte con tu mentor/a?",
    "feedback_thanks": "¡Gracias! Eso nos ayuda a mejorar. Envía /talk cuando quieras volver a "
    "hablar.",
    "feedback_already": "Ya respondiste esa. ¡Gracias!",
    "button.better": "Mejor",
    "button.same": "Más o menos igual",
    "button.worse": "Peor",
    "button.yes": "Sí",
    "button.somewhat": "Algo",
    "button.no": "No",
    "crisis_support_student": "Me alegra mucho que me lo hayas contado. 💛 Lo que sientes importa "
    "y no tienes que cargarlo solo/a. Le avisé a un/a consejero/a de tu escuela para que un "
    "adulto que puede ayudarte te escriba aquí.\n\n"
    "🚨 Si estás en peligro ahora, llama al <b>911</b>.\n"
    "📞 Llama o envía un texto al <b>988</b> a cualquier hora (marca 2 para español).\n"
    "💬 O envía <b>AYUDA</b> al <b>741741</b>.",
    "severity.review": "Para revisar",
    "severity.urgent": "URGENTE",
    "severity.imminent": "INMINENTE: actuar ya",
    "category.suicide": "suicidio",
    "category.self_harm": "autolesión",
    "category.abuse": "maltrato",
    "category.sexual_abuse": "abuso sexual",
    "category.violence": "violencia",
    "category.threatened": "amenazas",
    "category.third_party": "un/a amigo/a en peligro",
    "category.medical": "emergencia médica",
    "category.runaway": "fuga o sin hogar seguro",
    "category.hopelessness": "desesperanza",
    "category.grief": "duelo",
    "category.flagged": "señalado por un/a mentor/a",
    "alert": "🚨 <b>{severity} · alerta #{alert_id}</b> · {category}\n"
    "Escuela: {school}\nEstudiante: {alias}\nEscribió: “{text}”\n\n"
    "Para escribirle, responde a este mensaje o envía <code>/reply {alert_id} tu mensaje</code>. "
    "Toca <b>Confirmar</b> si te haces cargo.",
    "alert_repeat_lead": "⏰ <b>Aún sin confirmar</b> (recordatorio {repeat}).\n\n",
    "alert_taken": "✅ <b>Confirmada por {name}.</b>",
    "alert_taken_by_you": "✅ <b>Te haces cargo.</b> Toca <b>Resuelta</b> cuando esté atendida.",
    "alert_resolved": "☑️ <b>Resuelta por {name}.</b>",
    "alert_already_taken": "{name} ya se hizo cargo de esta.",
    "button.acknowledge": "Confirmar",
    "button.resolved": "Resuelta",
    "mentor_told_counselor_alerted": "ℹ️ Algo que escribió Estudiante {alias} sonó serio, así que "
    "se avisó a un/a consejero/a que le escribirá. Sigue escuchando con cariño; no tienes que "
    "manejarlo solo/a.",
    "flag_done": "Gracias. Se avisó a un/a consejero/a sobre Estudiante {alias}. La conversación "
    "sigue; escucha y comparte /resources si ayuda.",
    "flag_not_in_conversation": "Puedes señalar una conversación mientras estás en ella. Si "
    "alguien está en peligro ahora, llama al 911.",
    "flag_note_none": "(sin nota)",
    "flag_text": "Señalado por mentor/a {mentor}: {note}",
    "counselor_only": "Eso es para consejeros. Envía /help para ver lo que puedes hacer.",
    "reply_usage": "Para escribir a un/a estudiante, responde a su alerta o envía "
    "<code>/reply NUMERO_DE_ALERTA tu mensaje</code>.",
    "reply_unknown_alert": "No encontré la alerta #{alert_id} en tu escuela. No se envió nada.",
    "reply_sent": "Enviado a Estudiante {alias}. Sus respuestas te llegarán aquí.",
    "reply_student_gone": "Ya no se puede contactar a ese/a estudiante por el bot. No se envió "
    "nada.",
    "relay.counselor_to_student": "<b>Un/a consejero/a de tu escuela:</b>\n",
    "relay.student_to_counselor": "<b>Estudiante {alias} (alerta #{alert_id}):</b>\n",
    "review_digest": "📋 <b>Para revisar hoy</b> (no urgente, sin aviso): mensajes que podrían "
    "necesitar seguimiento.",
    "review_digest_item": "• #{alert_id} · Estudiante {alias} · {category}: “{text}”",
    "alerts_staff_only": "/alerts es para consejeros y coordinadores. Si necesitas ayuda ahora, "
    "envía /resources.",
    "alerts_none": "✅ No hay alertas abiertas en {school}. Las nuevas llegan a este chat en "
    "cuanto ocurren.",
    "alerts_list": "🚨 <b>Alertas abiertas en {school}: {count}</b>, de la más antigua a la más "
    "nueva. Cada mensaje de alerta tiene las palabras del estudiante y los botones; toca "
    "<b>Resuelta</b> ahí cuando esté atendida.",
    "alerts_item_waiting": "• #{alert_id} · {severity} · {category} · {alias} · hace {minutes} min "
    "· <b>sin confirmar</b>",
    "alerts_item_taken": "• #{alert_id} · {severity} · {category} · {alias} · hace {minutes} min "
    "· la tomó {name}",
    "alerts_more": "…y {count} más. Resuelve las más antiguas para ver el resto.",
    "button.who_is_this": "¿Quién es?",
    "button.reveal_yes": "Sí, mostrar",
    "button.reveal_no": "Cancelar",
    "reveal_confirm": "🔓 <b>¿Ver quién es el/la estudiante de la alerta #{alert_id}?</b>\n\n"
    "Hazlo solo si necesitas contactarle directamente para mantenerle a salvo. Verás su nombre "
    "y usuario de Telegram y un enlace para escribirle. Queda registrado en el historial de "
    "auditoría con tu nombre.",
    "reveal_check_private_chat": "Revisa tu chat privado conmigo para confirmar.",
    "reveal_cancelled": "Listo, no se mostró nada. Aún puedes escribirle al/la estudiante con "
    "/reply.",
    "reveal_identity": "🔓 <b>Alerta #{alert_id}: Estudiante {alias} es</b>\n"
    "Nombre en Telegram: {name}\nUsuario: {username}\n"
    '<a href="tg://user?id={student_id}">Abrir un chat con esta persona</a>\n\n'
    "Esto quedó registrado en el historial de auditoría. Compártelo solo con quienes lo "
    "necesiten para mantener a salvo al/la estudiante.",
    "reveal.unknown": "(Telegram no lo indicó)",
    "reveal.no_username": "(ninguno)",
    "flood_slow_down": "¡Uf, son muchos mensajes a la vez! 😅 Pasé los primeros, pero los últimos "
    "no se enviaron. Respira, espera unos segundos y vuelve a mandarlos. Si no estás a salvo "
    "ahora mismo, llama o escribe al <b>988</b>.",
    "alert_continued": "📄 <b>Alerta #{alert_id}, el resto de lo que escribió:</b>\n",
    "alert_offline_continued": "📄 <b>El resto de lo que escribió:</b>\n",
    "alert_school_unknown": "(desconocida: aún no inscrito/a)",
    "alert_no_alias": "(sin inscribir)",
    "alert_offline": "🚨 <b>{severity}</b> · {category}\nEscuela: {school}\nEstudiante: {alias}\n"
    "Escribió: “{text}”\n\n"
    "⚠️ Los registros del bot no están disponibles ahora. El/la estudiante recibió las líneas "
    "de crisis. Esta alerta se enviará de nuevo con sus botones cuando vuelvan los registros.",
    "crisis_school_contacts": "<b>En {school}, también puedes contactar a:</b>\n{text}",
    "crisis_after_hours": "Te soy sincero: ahora mismo en {school} es fuera del horario de "
    "consejería, así que es posible que un adulto de la escuela no vea esto hasta {when}. "
    "Si no estás a salvo, no nos esperes:\n\n"
    "🚨 Llama al <b>911</b> si estás en peligro ahora mismo.\n"
    "📞 Llama o escribe al <b>988</b> (tiene atención en español), a cualquier hora.",
    "checkin": "Te escribe el equipo de apoyo entre pares: ¿cómo te sientes hoy? 💛 "
    "Toca un número del 1 (muy mal) al 5 (muy bien).",
    "button.talk_again": "Quiero volver a hablar",
    "checkin_thanks": "Gracias por contarnos. 💛 Envía /talk cuando quieras hablar.",
    "checkin_low": "Siento que hoy sea difícil. No tienes que pasarlo solo/a: un/a mentor/a "
    "puede hablar contigo ahora. Toca abajo, o contacta a alguien a cualquier hora:",
    "checkin_already": "Ya respondiste este mensaje. ¡Gracias!",
    "checkin_same_mentor": "¿Quieres al mismo mentor/a de la vez pasada? Está de turno ahora.",
    "button.same_mentor": "El mismo",
    "button.someone_new": "Otra persona",
    "checkins_off": "Listo, no más mensajes de seguimiento. Envía <code>/checkins on</code> si "
    "los quieres de nuevo.",
    "checkins_on": "Los mensajes de seguimiento están activos: después de una conversación te "
    "escribiremos un par de veces (nunca de noche).",
    "checkins_usage": "Envía <code>/checkins off</code> para dejar de recibir seguimiento, o "
    "<code>/checkins on</code> para recibirlo.",
    "training_survey": "Una pregunta rápida para el programa: ¿te resultaron útiles la "
    "formación y los recursos?",
    "training_survey_thanks": "¡Gracias! Eso ayuda a mejorar el programa.",
    "survey_sent": "Se preguntó de nuevo a {count} mentor(es): “¿Te resultaron útiles la formación "
    "y los recursos?”",
    "delete_confirm": "Esto borra lo que te conecta con este chat: tu cuenta de Telegram, tu "
    "nombre, tu apodo, tu lugar en la fila y los mensajes de seguimiento pendientes. Los conteos "
    "anónimos (como “hubo una conversación”) se quedan, pero nadie podrá relacionarlos contigo."
    "\n\n¿Estás seguro/a?",
    "button.delete_yes": "Sí, borrar mis datos",
    "button.delete_no": "No, mantenerlos",
    "delete_done": "Listo: tus datos están borrados. 💛 Si algún día quieres volver, envía "
    "/start y empezarás de nuevo. Si necesitas ayuda ahora, llama o envía un texto al 988.",
    "delete_kept": "Listo, no se borró nada.",
    "delete_nothing": "No hay nada guardado sobre ti aquí.",
    "other_side_left": "La otra persona salió del chat, así que esta conversación terminó.",
}
