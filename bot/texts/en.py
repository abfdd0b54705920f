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
    "at your school will be told so they can help. In an emergency, that counselor can also "
    "see who you are on Telegram (your name and username) to reach you directly. Mentors never "
    "can.\n\n"
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
    "/talk: talk with a trained peer mentor from your school\n"
    "/cancel: leave the line\n"
    "/end: end a conversation\n"
    "/status: where your request is\n"
    "/checkins off or on: follow-up check-ins after a conversation\n"
    "/delete_me: erase your data\n"
    "/resources: people you can reach right now, any time\n"
    "/language: English or Spanish\n"
    "/help: this list\n\n"
    "If something feels too big, you can always reach a crisis line: call or text 988.",
    "help.mentor": "<b>Peer mentor tools</b>\n\n"
    "/onshift: start getting requests (/onshift 2 to take two at once)\n"
    "/offshift: stop getting requests\n"
    "/status: your shift and conversations\n"
    "/end: end a conversation\n"
    "/flag: alert a counselor about the conversation you're in (it goes on)\n"
    "/resources: crisis lines to share when someone needs them\n"
    "/language: English or Spanish\n"
    "/help: this list\n\n"
    "When you're on shift and a student asks for support, you'll get a message here with the "
    "topic. "
    "If anything sounds like a crisis, a counselor is told right away.",
    "help.counselor": "<b>Counselor tools</b>\n\n"
    "/alerts: your school's open alerts, oldest first\n"
    "/reply ALERT_NUMBER message: write to the student behind an alert (or reply to the alert)\n"
    "/resources: the crisis lines students see\n"
    "/language: English or Spanish\n"
    "/help: this list\n\n"
    "Crisis alerts from your school's students come to this chat, with <b>Acknowledge</b> and "
    "<b>Resolved</b> buttons. Until someone acknowledges, the alert is sent again every few "
    "minutes, and after a few tries also to the school's backup chats, then to its coordinators. "
    "Outside counselor hours it goes to the after-hours contacts.",
    "help.coordinator": "<b>Coordinator tools</b>\n\n"
    "/invite mentor or /invite counselor: a one-time invite link for a new team member\n"
    "/survey_mentors: ask every mentor again whether the training was useful\n"
    "/alerts: your school's open crisis alerts and who took each one\n"
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
    # Asking for support (PRODUCT.md §3).
    "button.talk": "Talk to a peer mentor",
    "topic.stress": "Stress & school",
    "topic.friends": "Friends & relationships",
    "topic.family": "Family",
    "topic.conflict": "Conflict",
    "topic.down": "Feeling down",
    "topic.other": "Something else",
    "mood.1": "1 😣",
    "mood.2": "2 🙁",
    "mood.3": "3 😐",
    "mood.4": "4 🙂",
    "mood.5": "5 😄",
    "mood.skip": "Skip",
    "talk_choose_topic": "I'm glad you reached out. 💛 What would you like to talk about? "
    "Pick whatever fits best.",
    "talk_choose_mood": "Thanks. How are you feeling right now, from 1 (really bad) to 5 "
    "(really good)?",
    "talk_needs_consent": "Before you can talk with a mentor, please read the note above and tap "
    "<b>I understand</b>.",
    "talk_students_only": "Asking for support is for students. Send /help to see what you can do.",
    "talk_finding": "Thanks! I'm finding a peer mentor for you now. "
    "I'll tell you as soon as someone joins. You can /cancel any time.",
    "talk_in_line": "All mentors are busy right now. You're <b>#{position}</b> in line "
    "(about {minutes} min). I'll tell you as soon as a mentor joins. You can /cancel any time.",
    "talk_no_shift": "No mentor is on shift right now. {next_shift}\n\n"
    "Your request is saved: the first mentor who comes on shift gets it, and I'll tell you. "
    "Or I can just let you know when a shift starts.",
    "next_shift_at": "The next shift starts {when}.",
    "next_shift_unknown": "I don't know when the next shift starts.",
    "when_today": "today at {time}",
    "when_tomorrow": "tomorrow at {time}",
    "button.wait_in_line": "Keep my place",
    "button.notify_instead": "Just tell me when a shift starts",
    "notify_instead_done": "Okay, you've left the line. I'll message you when a mentor comes on "
    "shift. Send /talk whenever you're ready.",
    "shift_started_for_student": "A peer mentor is on shift now. 💛 Send /talk if you'd like "
    "to talk.",
    "talk_already_waiting": "You're already in line (#{position}). I'll tell you as soon as a "
    "mentor joins. You can /cancel any time.",
    "talk_already_talking": "You're already talking with a mentor. Just type here, or send /end "
    "when you're done.",
    "talk_mentor_joining": "A mentor is joining! 🙌 You're connected now. Everything you type here "
    "goes to your mentor, and they'll never see your name. Send /end when you're done.",
    "cancel_done": "Okay, you've left the line. Send /talk whenever you want to try again.",
    "cancel_nothing": "You're not waiting for a mentor right now. Send /talk to ask for one.",
    # Mentors (PRODUCT.md §4).
    "mentor_only": "That's for peer mentors. Send /help to see what you can do.",
    "onshift_done": "You're on shift. 🟢 I'll send you requests here (up to {capacity} at a "
    "time). Send /offshift when you're done.",
    "onshift_already": "You're already on shift (up to {capacity} at a time).",
    "offshift_done": "You're off shift. No new requests will come to you. Thanks for your time! 💛",
    "offshift_still_talking": "You're off shift, so no new requests will come. You're still "
    "talking with Student {alias}: end the conversation, or hand them to another mentor?",
    "button.end_conversation": "End conversation",
    "button.hand_over": "Hand over",
    "capacity_usage": "Use /onshift, or /onshift 2 to take up to 2 conversations at once "
    "(at most {maximum}).",
    "offer": "🔔 <b>A student would like to talk</b>\nTopic: {topic}\nWaiting: {waiting}\n\n"
    "Can you take it? If you don't answer in {timeout}, it goes to another mentor.",
    "button.accept": "Accept",
    "button.pass": "Pass",
    "offer_accepted": "You're connected with <b>Student {alias}</b> ({topic}). Everything you type "
    "here goes to them. Send /end when you're done.",
    "offer_passed": "No problem, it's gone to someone else. Thanks for letting me know.",
    "offer_expired": "No answer in time, so this request went to another mentor.",
    "offer_gone": "This request has already moved on (another mentor has it, or the student "
    "left), so nothing changed.",
    "offer_withdrawn": "This request is no longer waiting, so nothing changed.",
    "waiting_minutes": "{minutes} min",
    "waiting_moments": "just now",
    "status_mentor": "<b>Your status</b>\nShift: {shift}\nConversations: {active} of "
    "{capacity}\nStudents waiting at your school: {waiting}",
    "status_on": "on 🟢",
    "status_off": "off",
    "status_student_idle": "You're not waiting for a mentor right now. Send /talk to ask for one.",
    # Conversations.
    "relay.to_mentor": "<b>Student {alias}:</b>\n",
    "relay.to_student": "<b>Your mentor:</b>\n",
    "relay.not_delivered": "⚠️ Your last message didn't get through: Telegram isn't taking "
    "messages from us right now. Please send it again in a minute. (We never keep a copy of "
    "what you write, so it isn't saved anywhere.)",
    "mentor_not_in_conversation": "You're not in a conversation right now, so that wasn't sent "
    "to anyone. Send /onshift to get requests, or /help.",
    "mentor_pick_conversation": "You're in more than one conversation. Reply to a student's "
    "message (swipe left on it) so I know who it's for. Nothing was sent.",
    "end_pick_conversation": "Which conversation do you want to end?",
    "button.end_with": "End with Student {alias}",
    "end_nothing": "You're not in a conversation right now.",
    "ended_for_student": "Your conversation has ended. Thank you for reaching out. 💛",
    "ended_for_mentor": "The conversation with Student {alias} has ended. Thanks for being there "
    "for them. 💛",
    "ended_by_student_for_mentor": "Student {alias} ended the conversation. Thanks for being there "
    "for them. 💛",
    "ended_by_mentor_for_student": "Your mentor ended the conversation. Thank you for reaching "
    "out. 💛",
    "handed_over_for_student": "Your mentor had to go, so I'm finding you another mentor. "
    "You keep your place in line. You can /cancel any time.",
    "handed_over_for_mentor": "Okay, Student {alias} will get another mentor.",
    "mentor_unreachable_for_student": "Your mentor can't be reached right now, so I'm finding you "
    "another mentor. You keep your place in line. You can /cancel any time.",
    "feedback_felt_better": "Two quick questions (just tap): do you feel better than before "
    "we talked?",
    "feedback_comfortable": "Were you comfortable opening up to your mentor?",
    "feedback_thanks": "Thank you! That helps us make this better. Send /talk any time you "
    "want to talk again.",
    "feedback_already": "You already answered that one. Thanks!",
    "button.better": "Better",
    "button.same": "About the same",
    "button.worse": "Worse",
    "button.yes": "Yes",
    "button.somewhat": "Somewhat",
    "button.no": "No",
    # Crisis (PRODUCT.md §5).
    "crisis_support_student": "I'm really glad you told me. 💛 What you're feeling matters, and "
    "you don't have to carry it alone. I've let a counselor at your school know, so an adult who "
    "can help will reach out to you here.\n\n"
    "🚨 If you're in danger right now, call <b>911</b>.\n"
    "📞 Call or text <b>988</b> any time, day or night.\n"
    "💬 Or text <b>HOME</b> to <b>741741</b>.",
    "severity.review": "For review",
    "severity.urgent": "URGENT",
    "severity.imminent": "IMMINENT: act now",
    "category.suicide": "suicide",
    "category.self_harm": "self-harm",
    "category.abuse": "abuse",
    "category.sexual_abuse": "sexual abuse",
    "category.violence": "violence",
    "category.threatened": "being threatened",
    "category.third_party": "a friend in danger",
    "category.medical": "medical emergency",
    "category.runaway": "runaway or unsafe housing",
    "category.hopelessness": "hopelessness",
    "category.grief": "grief",
    "category.flagged": "flagged by a peer mentor",
    "alert": "🚨 <b>{severity} · alert #{alert_id}</b> · {category}\n"
    "School: {school}\nStudent: {alias}\nThey wrote: “{text}”\n\n"
    "To write to the student, reply to this message or send <code>/reply {alert_id} your "
    "message</code>. Tap <b>Acknowledge</b> if you're taking this.",
    "alert_repeat_lead": "⏰ <b>Still not acknowledged</b> (reminder {repeat}).\n\n",
    "alert_taken": "✅ <b>Acknowledged by {name}.</b>",
    "alert_taken_by_you": "✅ <b>You're taking this.</b> Tap <b>Resolved</b> when it's handled.",
    "alert_resolved": "☑️ <b>Resolved by {name}.</b>",
    "alert_already_taken": "{name} already took this one.",
    "button.acknowledge": "Acknowledge",
    "button.resolved": "Resolved",
    "mentor_told_counselor_alerted": "ℹ️ Something Student {alias} wrote sounded serious, so a "
    "counselor has been alerted and will reach out to them. Keep listening and be kind; you don't "
    "have to handle this alone.",
    "flag_done": "Thanks. A counselor has been alerted about Student {alias}. Your conversation "
    "goes on; keep listening, and share /resources if it helps.",
    "flag_not_in_conversation": "You can flag a conversation while you're in one. If someone is "
    "in danger right now, call 911.",
    "flag_note_none": "(no note)",
    "flag_text": "Flagged by peer mentor {mentor}: {note}",
    "counselor_only": "That's for counselors. Send /help to see what you can do.",
    "reply_usage": "To write to a student, reply to their alert, or send "
    "<code>/reply ALERT_NUMBER your message</code>.",
    "reply_unknown_alert": "I couldn't find alert #{alert_id} at your school. Nothing was sent.",
    "reply_sent": "Sent to Student {alias}. Their answers will come to you here.",
    "reply_student_gone": "That student can't be reached through the bot any more. Nothing was "
    "sent.",
    "relay.counselor_to_student": "<b>A counselor from your school:</b>\n",
    "relay.student_to_counselor": "<b>Student {alias} (alert #{alert_id}):</b>\n",
    "review_digest": "📋 <b>For a look today</b> (not urgent, no page): messages that may need a "
    "check-in.",
    "review_digest_item": "• #{alert_id} · Student {alias} · {category}: “{text}”",
    "alerts_staff_only": "/alerts is for counselors and coordinators. If you need help right now, "
    "send /resources.",
    "alerts_none": "✅ No open alerts at {school}. New ones come to this chat as they happen.",
    "alerts_list": "🚨 <b>Open alerts at {school}: {count}</b>, oldest first. Each alert message "
    "has the student's words and the buttons; tap <b>Resolved</b> there when it's handled.",
    "alerts_item_waiting": "• #{alert_id} · {severity} · {category} · {alias} · {minutes} min ago "
    "· <b>not acknowledged</b>",
    "alerts_item_taken": "• #{alert_id} · {severity} · {category} · {alias} · {minutes} min ago "
    "· taken by {name}",
    "alerts_more": "…and {count} more. Resolve the oldest to see the rest.",
    "button.who_is_this": "Who is this?",
    "button.reveal_yes": "Yes, show me",
    "button.reveal_no": "Cancel",
    "reveal_confirm": "🔓 <b>See who the student behind alert #{alert_id} is?</b>\n\n"
    "Do this only if you need to reach them directly to keep them safe. You'll see their "
    "Telegram name and username and a link to message them. This is recorded in the audit "
    "trail with your name.",
    "reveal_check_private_chat": "Check your private chat with me to confirm.",
    "reveal_cancelled": "Okay, nothing was shown. You can still write to the student with /reply.",
    "reveal_identity": "🔓 <b>Alert #{alert_id}: Student {alias} is</b>\n"
    "Name on Telegram: {name}\nUsername: {username}\n"
    '<a href="tg://user?id={student_id}">Open a chat with them</a>\n\n'
    "This was recorded in the audit trail. Please share it only with the people who need it to "
    "keep the student safe.",
    "reveal.unknown": "(Telegram didn't say)",
    "reveal.no_username": "(none)",
    "flood_slow_down": "Whoa, that's a lot of messages at once! 😅 I passed on the first ones, "
    "but the last few didn't go through. Take a breath, wait a few seconds, then send them again. "
    "If you're not safe right now, call or text <b>988</b>.",
    "alert_continued": "📄 <b>Alert #{alert_id}, the rest of what they wrote:</b>\n",
    "alert_offline_continued": "📄 <b>The rest of what they wrote:</b>\n",
    "alert_school_unknown": "(unknown: not enrolled yet)",
    "alert_no_alias": "(not enrolled)",
    "alert_offline": "🚨 <b>{severity}</b> · {category}\nSchool: {school}\nStudent: {alias}\n"
    "They wrote: “{text}”\n\n"
    "⚠️ The bot's records are unreachable right now. The student has been given the crisis "
    "lines. This alert will be sent again with its buttons as soon as the records are back.",
    "crisis_school_contacts": "<b>At {school}, you can also reach:</b>\n{text}",
    "crisis_after_hours": "One honest thing: it's outside counselor hours at {school} right now, "
    "so an adult from school might not see this until {when}. Please don't wait for us if you're "
    "not safe:\n\n"
    "🚨 Call <b>911</b> if you're in danger right now.\n"
    "📞 Call or text <b>988</b>, any time, day or night. They're there tonight.",
    # Check-ins (PRODUCT.md §6).
    "checkin": "Checking in from the peer support team: how are you feeling today? 💛 "
    "Tap a number from 1 (really bad) to 5 (really good).",
    "button.talk_again": "I'd like to talk again",
    "checkin_thanks": "Thanks for letting us know. 💛 Send /talk any time you want to talk.",
    "checkin_low": "I'm sorry today is hard. You don't have to go through it alone: a peer mentor "
    "can talk with you now. Tap below, or reach someone any time:",
    "checkin_already": "You already answered this check-in. Thanks!",
    "checkin_same_mentor": "Would you like the same mentor as last time? They're on shift now.",
    "button.same_mentor": "Same mentor",
    "button.someone_new": "Someone new",
    "checkins_off": "Okay, no more check-ins. Send <code>/checkins on</code> if you'd like them "
    "back.",
    "checkins_on": "Check-ins are on: after a conversation, we'll check in on you a couple of "
    "times (never at night).",
    "checkins_usage": "Send <code>/checkins off</code> to stop check-ins, or "
    "<code>/checkins on</code> to get them.",
    "training_survey": "One quick question for the program: were the training and resources "
    "useful?",
    "training_survey_thanks": "Thank you! That helps the program get better.",
    "survey_sent": "Asked {count} mentor(s) again: “Were the training and resources useful?”",
    # Deleting one's data (PRODUCT.md §8).
    "delete_confirm": "This erases what connects you to this chat: your Telegram account, your "
    "name, your nickname, your place in line, and any check-ins still to come. Anonymous counts "
    "(like “a conversation happened”) stay, but nobody can tie them to you any more.\n\n"
    "Are you sure?",
    "button.delete_yes": "Yes, delete my data",
    "button.delete_no": "No, keep it",
    "delete_done": "Done: your data is deleted. 💛 If you ever want to come back, send /start and "
    "you'll start fresh. If you need help right now, call or text 988.",
    "delete_kept": "Okay, nothing was deleted.",
    "delete_nothing": "There's nothing stored about you here.",
    "other_side_left": "The other person has left the chat, so this conversation has ended.",
}
