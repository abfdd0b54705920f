"""English catalog. Warm, plain, for teenagers; every reply says what happens next."""

TEXTS: dict[str, str] = {
    # Roles, as shown in sentences.
    "role.student": "student",
    "role.mentor": "peer mentor",
    "role.counselor": "counselor",
    "role.coordinator": "program coordinator",
    # Enrollment.
    "choose_school": "Hi! 👋 This is your school's peer support chat.\n\n"
    "Which school are you at? Tap it below.",
    "no_schools": "Hi! 👋 This chat isn't set up for any school yet.\n\n"
    "Please ask your school's peer support coordinator for your school's link or code, "
    "then send <code>/start YOURCODE</code>.",
    "code_unknown": "Hmm, I don't recognise that code. 🤔\n\n"
    "Check the poster or the link you were given and try again with "
    "<code>/start YOURCODE</code>. If it still doesn't work, ask your coordinator.",
    "invite_used": "That invite has already been used, and each one works only once.\n\n"
    "Please ask your coordinator for a new invite.",
    "invite_expired": "That invite has expired.\n\nPlease ask your coordinator for a new one.",
    "too_many_tries": "That's a lot of codes in a short time, so I'm pausing for a bit. ⏳\n\n"
    "Please try again in about {minutes} minutes. Nothing else has changed.",
    "consent": "<b>Before we start, a few things to know</b>\n\n"
    "🔒 <b>Private:</b> mentors never see your name or username, only a nickname like "
    "“Student K7”. We don't keep what you write.\n"
    "📊 <b>Logged:</b> only anonymous facts (like “a chat happened” or how long you waited) "
    "so the program can see if it helps. Never your messages.\n"
    "🧡 <b>Safety:</b> if you say you might be hurt or might hurt someone, an adult counselor "
    "at your school will be told so they can help.\n\n"
    "Tap <b>I understand</b> to continue.",
    "consent_needed": "Please read the note above and tap <b>I understand</b> first. "
    "Then I'll show you what you can do here.",
    "consent_done_student": "Thanks for reading that. 💛 You're all set at {school}.\n\n"
    "Whenever you want to talk, a trained peer mentor from your school can listen. "
    "Send /help to see what you can do, or /resources for help right away.",
    "consent_done_staff": "Thanks! You're all set as a {role} at {school}.\n\n"
    "Send /help to see what you can do here.",
    "joined_staff": "Welcome to the {school} peer support team! You're joining as a {role}.",
    "already_member": "You're already part of {school} as a {role}. Nothing has changed.\n\n"
    "Send /help to see what you can do.",
    "role_changed": "You're now a {role} at {school}. Thanks for being part of the team!",
    "welcome_back": "Welcome back! You're with {school} as a {role}.\n\nSend /help to see "
    "what you can do.",
    "staff_role_kept": "You're on the {school} team as a {role}, so you're all set. "
    "Nothing has changed.\n\nSend /help to see what you can do.",
    # Buttons.
    "button.consent": "I understand",
    "button.english": "English",
    "button.spanish": "Español",
    # Help, per role.
    "help.not_enrolled": "<b>How to get started</b>\n\n"
    "Open the link from your school's poster, or send <code>/start YOURCODE</code> with your "
    "school's code. If you don't have one, ask your school's peer support coordinator.\n\n"
    "/resources: people you can reach right now\n/language: English or Spanish",
    "help.student": "<b>What you can do here</b>\n\n"
    "/resources: people you can reach right now, any time\n"
    "/language: English or Spanish\n"
    "/help: this list\n\n"
    "If something feels too big, you can always reach a crisis line: call or text 988.",
    "help.mentor": "<b>Peer mentor tools</b>\n\n"
    "/resources: crisis lines to share when someone needs them\n"
    "/language: English or Spanish\n"
    "/help: this list\n\n"
    "When a student asks for support, you'll get a message here with the topic. "
    "If anything sounds like a crisis, a counselor is told right away.",
    "help.counselor": "<b>Counselor tools</b>\n\n"
    "/resources: the crisis lines students see\n"
    "/language: English or Spanish\n"
    "/help: this list\n\n"
    "Crisis alerts from your school's students come to this chat.",
    "help.coordinator": "<b>Coordinator tools</b>\n\n"
    "/invite mentor or /invite counselor: a one-time invite link for a new team member\n"
    "/resources: the crisis lines students see\n"
    "/language: English or Spanish\n"
    "/help: this list",
    "help.admin": "\n\n<b>Admin</b> (all schools)\n"
    "/invite SCHOOLCODE mentor|counselor|coordinator: a one-time invite for any school",
    # Language.
    "language_choose": "Which language would you like? / ¿Qué idioma prefieres?",
    "language_set": "Okay! I'll write in English from now on. Send /help to see what you can do.",
    # Resources.
    "resources": "<b>You can reach someone right now, any time:</b>\n\n"
    "📞 Call or text <b>988</b> (Suicide &amp; Crisis Lifeline)\n"
    "💬 Text <b>HOME</b> to <b>741741</b> (Crisis Text Line)\n"
    "🚨 If you're in danger right now, call <b>911</b>.",
    "resources_school": "\n\n<b>At {school}:</b>\n{text}",
    # Invites.
    "invite_usage": "To invite someone, send <code>/invite mentor</code> or "
    "<code>/invite counselor</code>.",
    "invite_usage_admin": "As an admin, send <code>/invite SCHOOLCODE ROLE</code>, where ROLE is "
    "mentor, counselor or coordinator.",
    "invite_created": "Here's a one-time invite for a new {role} at {school}. Send it only to "
    "them: it works once and expires on {expires}.\n\n{link}",
    "invite_unknown_school": "I couldn't find a school with the code {code}. Nothing was made.",
    # Guards and fallbacks.
    "not_allowed": "Sorry, that's only for {roles}. Nothing was changed.",
    "stale_button": "That button is out of date, so nothing happened.",
    "unknown_command": "I don't know that command, but here's what you can do:",
    "free_text_not_enrolled": "Hi! 👋 To get started, open your school's link or send "
    "<code>/start YOURCODE</code> with your school's code.\n\n"
    "If you need help right now, call or text 988.",
    "free_text_member": "I'm here! This chat only passes messages on during a conversation "
    "with a peer mentor.\n\nSend /help to see what you can do, or /resources if you need "
    "someone right now.",
    "text_only": "I can only pass on text messages, so that one wasn't sent anywhere. "
    "Please type what you'd like to say.",
    "edits_not_sent": "I can't pass on edits, so the change wasn't sent. "
    "Please send a new message instead.",
    "error_database": "Sorry, I can't reach our records right now, so that didn't go through "
    "and nothing was changed. Please try again in a few minutes.\n\n"
    "If you need help right now, call or text 988, or call 911 if you're in danger.",
    "error_generic": "Sorry, something went wrong on our side, so that didn't go through. "
    "Please try again in a minute.\n\nIf you need help right now, call or text 988.",
}
