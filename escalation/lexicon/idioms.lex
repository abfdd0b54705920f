# Idioms about things, not people, in both languages: the words of a match are ignored and the
# rest of the message is still read ("this homework is killing me, and i want to die" alerts).
# Same syntax as the concept files; `~` allows up to three other words.

[IDIOM]
(is|are|was|its|thats|this|homework|test|exam|class|school|practice|game|traffic|heat|shoes|feet|back|head|wait|suspense|song|show|jokes|it|that|u|you|ur|bro|season|episode|ending) ~ (killing|kills|killed|killin|k*lled|k*lling) me
(killing|killed|killin|kills) me (lol|lmao|haha|skull|bro|fr|rn)
die on (this|that|the_same) hill
(dying|died|dead|ded|die) (of|from|laughing|laughin) (laughter|laughing|embarrassment|boredom|cringe|hunger|heat|thirst)?
dying to (see|know|go|try|meet|hear|get|watch|eat)
(im|i_am|we_are|literally|actually|lowkey) so? (dead|ded|deceased|deadd) ~ (lol|lmao|lmfao|skull|bro|haha|omg)
(im|i_am) (dead|ded|deceased|deadd) (lol|lmao|skull|bro|haha)?
(kill|killed|killing|killin|k*lled|k*lling) (it|them|the_game|time|the_final_boss|the_boss)
(kill|killed|killing|k*lled) (the|this|a|that|my)? (bug|spider|mosquito|lights|engine|boss|zombie|zombies|monster|level|character|deer|ender_dragon|final_boss|vibe|mood|battery)
to die for
(dead|ded) (tired|serious|wrong|last|end|battery|inside_lol|weight|meme)
drop dead gorgeous
i could kill for (a|some)?
(phone|battery|laptop|charger|plant|plants|car|ipad|airpods) (is|just|was|keeps|r)? (dying|dead|died|at)
(shoot|shooting|shot) (a|the|some|my|3|three)? (hoops|basket|baskets|photos|video|film|movie|scene|shot|email|text|txt|message|threes|free_throws|pics|ur_snap|me_a_text|me_a_txt|my_shot|your_shot|the_breeze)
shoot me (a|ur|your|an)
(cut|cutting|cuttin|cuts) (class|the_line|my_hair|bangs|my_bangs|my_own_bangs|paper|onions|onion|vegetables|veggies|carbs|sugar|it_close|back|the_grass|ties|off_contact|him_off|her_off|them_off|the_team|wood|fabric|corners)
(got|get|getting) cut from the team
bomb (the|that|my)? (test|quiz|exam|final)
(hit|hitting|hits) (the_gym|the_books|a_home_run|send|me_up|the_road|the_spot|different|a_lick|a_wall)
(fight|fighting|fought) (the_urge_to_laugh|a_cold|the_flu)
(killer|killing_it|slay|slayed|slaying)
(the|that|this) (death|end) of me
(overdosed|overdose|od|oded|oding) on (netflix|tiktok|sugar|caffeine|coffee|candy|anime|content)
(hang|hanging|hung) (out|up|with|the_posters|posters|a_picture|pictures|the_lights|lights|in_there|on)
(jump|jumping|jumped) (rope|in_the_pool|off_the_diving_board|off_the_high_dive|the_gun|on_a_call|into|on_the_trampoline|in)
(run|running|ran) (till|until) (we|i)? drop
(ex|exes) (is)? dead to me
dead to me
(touch|touching) grass
(out|outta) of (pills|meds)
(bleeding|bleed) the (brakes|radiator)
(overdosed|overdose) on (netflix|tiktok)
knife skills
(blood|bloody) (drive|test|work|type|orange|moon)
(slit|cut) (the|my) (envelope|box)
dying (battery|phone)
(starving|starved|starvin) (lol|rn|fr|lets|whos|to|for|af)?
(im|i_am) starving
(shot|shots) (glass|clock|of_espresso)
my feet are killing me

# Spanish
(me_voy_a|me_quiero|quiero|voy_a|casi_me|me)? (morir|morirme|muero|muera|muriendo) de (la)? (verguenza|risa|hambre|sueno|ganas|calor|frio|nervios|aburrimiento|emocion|amor|sed)
me muero (por|de)
(me_estoy|estoy) (muriendo|muerto|muerta) de (hambre|risa|sueno|calor|frio|cansancio|aburrimiento|sed)
(estoy|esta|quede|quedo) (muerto|muerta) de (cansancio|risa|sueno|hambre)
(me_mata|me_matan|me_esta_matando|me_mato|me_va_a_matar|me_van_a_matar) (la|el|este|esta|estos|estas|mi|ese|esa)? (tarea|examen|escuela|cabeza|clase|profe|pies|calor|video|meme|risa|mate|matematicas|maestra|maestro)
me mata de (risa|la_risa)
(este|el|ese) (calor|frio|examen|video|meme) me (esta_matando|mata|mato)
matar el tiempo
mate al (jefe|boss|jefe_final|zombie|dragon)
(al_fin|ya) mate
(cortar|corte|corto|me_corte|cortarme|se_corto) (el|la|mi|mis)? (pelo|cabello|fleco|unas|cebolla|cebollas|carne|verdura|papel|fila|clase|barba)
(esta|estan|queda|se_ve) de muerte
(cortar|corte|cortamos) (con_el|con_ella|la_relacion)
(disparar|dispara|tirar) (fotos|una_foto)
me (muero|mori) (de_risa|jaja)
(dont|do_not|dont_really)? want to (live|be) here? (with|in|at|near|there|here_with|in_this|at_this)
(killed|kill|kills) off
stabbed in the back
<n> (kms|km)
(ran|run|running|biked|walked|swam) ~ (kms|km|miles)
casi me muero
(va_a_estar|esta|estuvo|estar|estara) de muerte
(examen|tarea|clase|profe|maestra|maestro|calor|video|meme|mate) ~ me (mato|mata|esta_matando|van_a_matar|va_a_matar)
(jump|jumped|jumping) (off|of|from|into) the (dock|diving_board|high_dive|swing|couch|bed|boat|pier)
me (mato|mata|mataba|mataste) de (risa|la_risa)
(run|running|ran|do|doing|did|make_us_run) (suicides|suicide_sprints|suicide_drills)
(me_mataron|me_mato|mataron|killed_me|got_killed|died) (en|in) (fortnite|minecraft|el_juego|free_fire|cod|roblox|valorant|apex|the_game)
(me|se)? (cortar|corte|corto|cortando) (el|la|las|los|mis)? (pasto|cesped|zacate|arbol|ramas|tela|pan|pastel|unas|pelo|cabello)
me (mato|mate|estoy_matando) (estudiando|trabajando|entrenando|corriendo)
(overdose|overdosed|od|odd|oding) on (gilmore|netflix|tiktok|anime|pizza|candy|sugar|caffeine|coffee|kdramas|content|memes|youtube)
(me_voy_a|me_quiero|quiero|voy_a|casi_me|me)? (morir|morirme|muero|muera|muriendo) de (la)? (pena|coraje|envidia|gusto|alegria|cringe|oso)
(me|se)? (cortar|corte|corto|cortando) (el|la|las|los|mis)? (nopal|fruta|carne|verdura|cebolla|tomate|sandia|mango|papa|papas)
(bien|muy|tan|super) od
the cut (on|of) (that|the|this|my) (dress|shirt|jeans|top|skirt|pants)
(me_pegaron|le_pegaron|nos_pegaron) un (balonazo|pelotazo)
(me_quiero|quiero|me_voy_a|me_iba_a|casi_me) morir de (la)? (pena|verguenza|risa|coraje|envidia|gusto|cringe|oso|hambre|sueno|calor|frio|aburrimiento|nervios)
run away with (the|a|it)
(i_think)? i died (a_little|inside)
died a little
literally starving me
me mataron ~ veces
(cut|cutting|cuts) (my|her|his|their)? own? (hair|bangs)
(hair|haircut) cut
got my hair cut
(hang|hanging|hung) at
(i|we|he|she)? (ran|run|running|runnin) away from (that|the|a|this|those|some)
(escapar|escaparme|me_escapo|me_voy_a_escapar) (a_la_tienda|al_bano|a_la_cafeteria|un_rato|de_clase|a_comprar)
at <n> (am|pm)?
(got|get|getting|was) cut from
(it_meant|it_means|stands_for|short_for) ~
(vaping|smoking|school|this|that|it|homework|work|practice|coffee|caffeine|anxiety|stress|this_class|this_week|junior_year) ~ (gonna|going_to|will) (kill|murder) me
(jumped|jump|jumping|jumpin) (off|of|from) the (bridge|dock|pier|rocks|cliff) (into|in) the (river|lake|water|pool|ocean|swimming_hole)
(escapar|escaparme|me_escapo|me_voy_a_escapar) (un_ratito|a_la_tiendita|al_oxxo|a_la_cooperativa)
(me_voy_a|me_quiero|quiero|voy_a|casi_me|me)? (morir|morirme|muero|muera|muriendo) de (flojera|hueva|sueno|cansancio)
(im|i_am|i|were|we_are|i_just)? (oding|od|odd|overdosing|overdosed|overdose) on (hot_cheetos|cheetos|takis|candy|sugar|snacks|boba|energy_drinks|redbull|monster)
(jump|jumping|jumped) in the (lake|pool|river|ocean|water)
(looked|look|looking) at me like i (murdered|killed) (someone|somebody|his_dog|her_cat)
(took|take|taking|remembered_to_take) my (meds|medication|medicine|pills|vitamins|adhd_meds|antibiotics) (and|this_morning|today|on_time|like|late|early|at|with)
(run|running|ran) away from (my|the|our) (responsibilities|problems|feelings|homework|chores)
(until|till) (we|i|you|u) (die|drop|pass_out)
suicide (nets|barriers|barrier|net|hotline_number)
(murder|kill) us with suicides
hang (me|you|him|her|us) by (my|your|his|her|our|the) (ears|toes|thumbs|neck)
over (my|her|his|your|their) dead body
(jump|jumping|jumped) (off|of|from) the (roof|balcony|deck|porch|bridge|dock|pier|rocks|cliff) (into|in) the (river|lake|water|pool|ocean|swimming_hole)
me (mato|mataron) ~ veces
dye (my|her|his|their|your) (hair|shirt|clothes|tips)
(killing|kills) (all_of_us|us_all)
(die|dying) beautifully
(me|la|lo|te) corto (por|x) (whatsapp|mensaje|texto|telefono|snap|insta)
(la_pelicula|el_final|la_serie|el_libro|el_capitulo|la_peli) ~ me (mato|mata)
(thought|think|swear) (i|we) (was|were)? (gonna|going_to) die
(escapar|escaparme|me_voy_a_escapar) (al_cine|a_la_plaza|al_mall|con_mis_amigas|con_mis_amigos|a_la_fiesta)
(my)? (ends|hair|split_ends|tips) (are|r|is)? (dead|fried|dying)
(cortemos|cortar|corten|cortamos|recortar) (las|los)? (revistas|papel|fotos_de_revista|cartulina|figuras)
(my|our|the) (dog|cat|pet|puppy) got hit by a (car|truck)
(running|run|ran) away from (this|the|that|our) (gc|group_chat|chat|convo|conversation|class)
senior assassin
water gun
(wants|want) me dead ~ (tests|test|quiz|exams|monday|schedule)?
(whoever|who_ever) ~ wants me dead
(correr|corrimos|hizo_correr|nos_hizo_correr) hasta (morir|morirnos)
me quiere matar (porque|xq|por) ~ (gane|le_gane|fifa|juego)
(killin|killing) it (on|at|in) the
(cut_scene|cutscene) ~ (bleeds_out|dies)?
me (pego|pegaron|paso) (el|la|un) (resfriado|gripa|gripe|covid|virus|catarro)
(su|mi|tu) (novio|novia) (la|lo|me|te) corto
(el|ese) partido ~ me mato
(que_significa|what_does|what_is|que_es) ~ (kms|kys|ctb|unalive)
(el|este) puente de (memorial_day|labor_day|semana_santa|fin_de_ano|muertos|navidad|independencia)
(nos|me|les) cortaron (el|la) (wifi|luz|agua|internet|cable)
cut my bangs
(gonna|going_to|vamos_a) (bleed|sangrar) (on|en) (the|la) (field|court|cancha|campo)
(el|este|ese) calor ~ (nos|me|los) (va_a|van_a|esta|estaba) (matar|matando)
(the|this) (heat|sun) (is)? (gonna|going_to|will|is_gonna) kill (us|me|everyone)
casi me (desmayo|desmayé|desmaye|muero)
(im|i_am|been|keep|kept)? (running|runnin|ran|run) away from (my)? (responsibilities|problems|feelings|homework|chores|the_dishes)
me dieron un (balazo|tiro|headshot) (en|jugando) (fortnite|warzone|cod|free_fire|valorant|apex|roblox|el_juego|minecraft)
(got|get|getting) (shot|sniped|headshotted|one_shot) (in|on|playing) (fortnite|warzone|cod|valorant|apex|roblox|the_game|minecraft)
(shot|shoots|shooting) me with (a|his|her|the|my)? (nerf|water|bb|airsoft|paintball|foam|squirt) (gun|blaster)?
(me|nos|te|la|lo|le|los|las) (va_a|van_a|voy_a|vas_a|vamos_a)? (matar|mata|mato|mató) (de|del) (un|el)? (susto|coraje|risa|verguenza|vergüenza|gusto|hambre|sed|aburrimiento)
me (mato|mató|mataron|gano|ganó) (con|en|de) (francotirador|sniper|headshot|fortnite|el_juego|la_partida|free_fire|escopeta)
(mato|mató|matar|matamos|mataron) (un|el|una|la) (lechon|lechón|puerco|cerdo|marrano|pollo|gallina|chivo|borrego|vaca|venado|pavo|guajolote)
(me|te|nos|les|le) (toca|toco|tocaba|tocara) (ir|hacer|a|lavar|limpiar|cuidar|trabajar|estudiar|pagar|ver|esperar|quedarme|quedar|escribir|presentar|el|la|los|las|con)
(team|teammates|squad|duo|lobby) (wanted|wants|want|was_gonna|were_gonna|gonna) (to)? kill me
(says|said)? (hes|he_is|im|were|shes)? (gonna|going_to)? (shoot|shooting|kill) the next (one|bear|coyote|deer|raccoon|skunk)
(im|i_am|i'm)? (running|runnin|ran|run) away with (it|the|this|that|my|your|the_last)
(ate_it|ate|bailed|grind|grinding|grinded|slid|fell|boardslide|slammed) (it)? (on|off) the (rail|handrail|ledge|stairs|kicker)
took too many (pics|pictures|photos|selfies|notes|screenshots|naps|classes|shots_at_the_buzzer)
ya no aguanto hasta (el|la|las|los|mañana|manana|el_viernes|el_lonche|la_comida|el_almuerzo|la_salida)
(le)? (pegue|pegué|choque|choqué|raspe|raspé) (al|el|la|con_el|con_la) (carro|coche|troca|auto|banqueta|poste|portón|porton)
(cortar|corte|corté|cortarle|cortando|le_corte|le_corté) las (uñas|unas|puntas)
(got|get|getting) (shot|sniped|killed|headshotted) ~ (in|on|playing) (fortnite|warzone|cod|valorant|apex|roblox|the_game|minecraft|gta)
(le|les|se)? (corta|cortó|corto|cortan|cortaron) la cabeza
(casi)? (le|me|se)? (corto|corté|corte|cortaba|cortó) (el|la|un|una) (dedo|dedito|uña|uñita|pellejito)
(it|this|that|grief|missing_him|missing_her|it_just)? (hits|hit) me (out_of_nowhere|sometimes|hard|at_night|randomly|in_class|all_of_a_sudden)
(a_mi|a_mí)? me toca (todo|todito|siempre)
(shot|aim|pass|throw|kick|it|was|is|its|were) dead on
corte de (pelo|cabello)
(almost|nearly) (passed_out|fainted) (lol|lmao|lmfao|haha|hahaha|💀|😂)
(tengo_que|tenia_que|tenía_que|me_toca|me_obliga_a|me_obligan_a|voy_a|tengo_que_ir_a) cuidar a (mi|mis) (hermanito|hermanitos|hermanita|hermanitas|primos|primo|prima|primas|hermanos|sobrinos|sobrino)
(me|yo_me) encierro en mi cuarto
(wanted|want|wanna|wish_i_could) (to)? (disappear|sink|melt) (into|through) the (floor|ground|earth|carpet)
hurt (her|his|their|your|my|ur) feelings
(has|have|had)? (been)? (cutting|cuttin|cut|cuts) (her|his|their) own (bangs|hair)
(wouldnt|didnt|wont|won't|would_not|did_not|never) stop (asking|texting|calling|bugging|nagging|talking|messaging|begging|laughing|yelling|crying|complaining|staring|singing|teasing)
(el|la|los|las|este|esta|ese|esa|mi) (turno|trabajo|chamba|escuela|tarea|examen|clase|practica|práctica|entrenamiento|calor|dia|día|semana|jefe) ~ me (mato|mató|esta_matando|está_matando)
(almost|nearly) (killed|died|kill) (himself|herself|myself|themselves|themself)? (lol|lmao|lmfao|haha|hahaha|💀|😂)
(irme|irnos|mudarme|mudarnos|ir) a ~ (a_la_universidad|a_estudiar|pa_la_universidad|para_la_universidad|a_la_uni)
ya no aguanto (la_escuela|el_trabajo|las_tareas|la_tarea|el_calor|el_frio|el_frío|el_sueño|la_clase|esta_clase|este_calor|mis_clases|el_hambre|los_examenes|los_exámenes|la_prepa)
(landing|land|landed|missed|grind|grinded|grinding|slide|slid|boardslide|hit|fell) (my)? ~ (on|off) the (rail|handrail|box|kicker|ledge)
(it|that_thing|the_thing|that_sheep|that_goat|that_goose) (wanted|wants) me dead
(le|les|me|nos)? (cortaron|recortaron|corto|cortó|recorto|recortó) (las|sus|mis|nuestras)? (horas|el_sueldo|la_luz|el_agua|el_internet|el_cable)
(cant|can't|cannot) go on (the|a|this|that|my|our) ~ (trip|field_trip|ride|date|tour|camp|retreat)
(que)? casi me (matan|mata|mataron|matas) (jaja|jajaja|jajaj|xd|lol)
(sharp|sharper) enough to cut (glass|diamonds)
thought i was (gonna|going_to) (pass_out|die|faint|throw_up) ~ (lol|lmao|haha|but)
(i|we|you|u)? (had|have|got|stand) a (shot|real_shot|good_shot)
sorry (i|for) (disappeared|disappearing|ghosting|going_quiet|going_mia)
(cortos|corto|corta|cortas) de (dinero|lana|feria|tiempo|plata)
(never|dont|don't|won't|wont) let me touch (the|their|his|her|any) (drill|tools|tool|robot|ball|controller|wheel|saw|keyboard|equipment|stuff)
(mi|un|el)? corte nuevo
(en_el_partido|jugando|en_la_cancha|en_el_juego) (me|le|nos) (dieron|dio|pegaron|metieron) (una_patada|un_codazo|un_golpe|un_balonazo)
en (minecraft|fortnite|roblox|free_fire|el_juego|cod|warzone|valorant|halo) ~ me (mato|mató|mataron|mata)
(shooting|shoot|shot) (the)? lights out
casi se (quema|quemó|quemo|cae|cayó|cayo|ahoga)
(cansado|cansada|me_canse|me_cansé|harto|harta) de vivir (en|con|asi|así|aqui|aquí|de|sin|entre|encerrado|encerrada)
(had|drank|drink|drinking)? (way)? too much (monster|red_bull|coffee|caffeine|celsius|energy_drink|energy_drinks|bang|prime|soda|sugar|candy|pizza|halloween_candy)
me (cortaron|corrieron|sacaron) (del|de_la|de) (team|equipo|plantilla|horas|turno|trabajo|chamba|grupo|club|banda)
nowhere to go (after_school|after_practice|on_weekends|for_lunch|to_skate|to_hang|to_chill|on_fridays|anymore_after_school)
(banging|knocking|pounding) on my door to
(heart|chest) (races|racing|pounds|pounding|beats_fast) (before|during|in) (every|a|the|my)? (test|tests|exam|exams|presentation|presentations|game|games|class|meet|recital|quiz)
se (me|nos|le|les)? (acabo|acabó|acabaron|acabaran) (el|los|las|mi|mis|su|sus)
se (me|nos|le|les)? (acabo|acabó) la (pila|bateria|batería|pasta|tinta|leche|gasolina|paciencia|luz|señal|senal|carga|comida|tarea|clase|fiesta|quincena|lana|feria|plata)
(thought|thot|swear) i was (going|gonna|going_to|bout_to|about_to) (die|pass_out|faint)
(fingir|finjo|fingimos|finge|actuar|actuo|actúo) que (me|se|te)? (tomo|toma|muero|muere|mato|mata)
(threw|throw|throwing|thrown) (him|her|them|me|us) (a|an)? (party|surprise_party|shower|baby_shower|quince|birthday_party|bbq|cookout)
=navajo
=navajos
ya no aguanto (esta_semana|este_semestre|la_escuela|el_calor|los_examenes|los_exámenes|el_frio|el_frío|a_mi_hermano|a_mi_hermana|la_tarea|el_trabajo|mis_pies|el_hambre)
me (corto|cortó) mi (novio|novia|ex|morra|morro|vato|chava|chavo)
(test|examen|clase|tarea|practica|práctica|entrenamiento|final|quiz) (me_mato|me_mató|me_esta_matando|me_está_matando|me_va_a_matar)
se me (quemo|quemó|quemaron) (el|la|los|las)
(broke|broken|cracked|breaking) (my|the|his|her) (phone_screen|screen|tv|laptop|controller|headphones|charger|xbox|switch|ps5|ipad)
need (stats|statistics|data|sources|info|information|numbers|a_source|facts)
ni (siquiera)? (va|vas|van|iba|iban) a (entrar|venir|meterse|pasar)
(wake|waking|wakes) (up)? the dead
(say|said|saying) (bye|goodbye) (without|properly|the_night_before|at_the_airport|at_the_gate|before_he_left|before_she_left|before_they_left|before_he_goes|before_she_goes|to_him_before|to_her_before)
(cows|cow|heifers|heifer|calves|dog|dogs|horse|horses|goats|goat|sheep|pigs|chickens|cat|hamster|puppy) ~ (escape|escaped|escaping|got_out|ran_off|ran_away)
hurt (my|his|her|your|ur|our) (grades|gpa|chances|feelings|reputation|ranking|score|college_apps)
(cut|cutting|cuts) weight
(phone|battery|laptop|chromebook|charger) dies
(said|says|think|thinks|saying) (im|i'm|i_was|i_am|hes|he's|shes) throwing
throwing (the_game|games|the_match|on_purpose)
casi (se|me) (desmaya|desmayó|desmayo|muere|murió|murio)
(deje|dejé|dejaste|dejó|dejo) (la|el|mi|las|los)? (ropa|tenis|mochila|cel|celular|teléfono|telefono|cargador|llaves|chamarra|sudadera) (en|afuera|tirada|tirado)
(havent|haven't|not) eaten since (lunch|breakfast|this_morning|noon|school|practice)
(tarp|shingles|leak|hole|antenna|dish|ball|frisbee|snow|leaves|gutters) ~ (on|off|from) the roof
(arm|arms|legs|leg|hand|feet|foot) (is|are|was|r)? dead
(fingers|hands|eyes|mouth|tongue|lips) (burn|burning|burned|are_burning|on_fire) (from|bc|because|cuz)
(cant|can't|cannot) stand (me|him|her|them|you|u|it|this|that|school|my|when|how|the)
me (toca|tocó|toco|tocará|va_a_tocar) (ser|hacer|ir|limpiar|trabajar|cuidar|lavar|exponer|pagar|cocinar|cerrar|abrir|manejar)
(un|una) (número|numero|cuenta|persona|señor|senor|vato|bato|chavo|morro) que no (conozco|conocemos)
(number|account|guy|person|someone|somebody|people|dude|man|lady) (that)? i (dont|don't|do_not) know
