# Spanish lexicon. Reviewed for the peer-support product; each entry notes its reason or source.
# Sources: Spanish wording of the C-SSRS and ASQ screeners; warning signs published by the
# 988 Lifeline (Red Nacional de Prevención del Suicidio) in Spanish; teen slang.
# Accents are removed by normalization, so none are written here (e.g. "mama" for "mamá").

[idiom]
(morir|morirme|muero|muera) de la? (verguenza|risa|hambre|sueno|ganas|calor|frio|nervios|aburimiento|emocion)
# Idioms about things, not people: their own words are ignored, the rest is still read.
me muero de (risa|hambre|sueno|ganas|verguenza|calor|frio|aburimiento|nervios)
me muero por
(estoy|esta|quede) (muerto|muerta) de (cansancio|risa|sueno|hambre)
me (mata|matan|esta_matando) (la|el|este|esta|estos|estas|mi) (tarea|examen|escuela|cabeza|clase|profe|pies|calor)
me mata de (risa|la_risa)
matar el tiempo

[suicide urgent]
(ganas|ganitas) de (morir|morirme|matarme|desaparecer|no_existir|no_despertar)
no quiero (estar|seguir) (vivo|viva|aqui|con_vida)
(pienso|pensando|pense|penso) en (matarme|morir|morirme|suicidarme|quitarme_la_vida|desaparecer)
nadie me (extranaria|extrañaria) si (me_muero|muero|me_mato|desaparezco)
(ya_tengo|tengo) la (soga|pistola|pastillas)
(quiero|quisiera|kiero) morir*          # C-SSRS: deseo de estar muerto
me quiero morir
(quiero|voy_a|pienso) (matarme|suicidarme|quitarme_la_vida)
me (voy_a|quiero) matar
no quiero (vivir|seguir_viviendo|estar_aqui|despertar|existir)
suicid*
quitarme la vida
matarme
acabar con (mi_vida|todo)
ojala (estuviera|estuviese) (muerto|muerta)
ojala no (hubiera_nacido|despertar)
(estarian|estarias|estaria) mejor sin mi
(todos|nadie) ~ (estarian_mejor|me_extranaria)
ya no (aguanto|puedo_mas)
dormir para siempre
desvivirme                              # "unalive" in Spanish algospeak

[suicide imminent]
me (tome|trague) <many> (pastillas|pastilla|pildoras)   # intento en curso
me voy a (matar|suicidar) (hoy|esta_noche|ahora)
esta es mi despedida

[suicide review]
(intente|trate_de) (matarme|suicidarme|quitarme_la_vida)

[self_harm urgent]
(me_corto|cortarme|me_estoy_cortando|me_lastimo|lastimarme|hacerme_dano|me_hago_dano|me_quemo)
autolesion*
(quiero|necesito) (cortarme|lastimarme|hacerme_dano)

[hopelessness review]
nada (importa|tiene_sentido)
(no_tiene|sin) sentido (la_vida|vivir)
la vida no tiene sentido
(sin|no_tengo) esperanza
(soy|me_siento) una carga
nadie me quiere
odio mi vida

[grief review]
(murio|fallecio|se_murio) mi (mama|papa|abuela|abuelo|hermano|hermana|amigo|amiga|tio|tia|primo|prima)
(perdi|extrano) a mi (mama|papa|abuela|abuelo|hermano|hermana|amigo|amiga)

[abuse urgent]
mi? (papa|mama|padrastro|madrastra|padre|madre|tio|hermano|novio|novia|abuelo) ~ me (pega|golpea|golpeo|pego|lastima|maltrata|ahorca|quemo)
me (pegan|golpean|maltratan) en (mi_casa|casa)
(tengo|me_da) miedo (de|a) (ir|volver|regresar) a mi? casa

[sexual_abuse urgent]
me (toca|toco|tocan|tocaba) (donde|cuando|en_la_noche|mis_partes|de_forma)
(me_violo|me_violaron|me_abuso|abuso_de_mi|abusaron_de_mi|me_manoseo)
me (obliga|obligo|obligan) a (tener_relaciones|tocarlo|tocarla|mandar_fotos)
(amenaza|amenazo) con (publicar|subir|pasar) mis fotos

[threatened urgent]
me (amenazo|amenazaron|amenaza|amenazan) (con|de)? (matarme|pegarme|golpearme|lastimarme)
me (van|quieren) a? (matar|pegar|golpear|lastimar)
me (estan|esta) (siguiendo|acosando)
no estoy a salvo

[violence urgent]
voy a (matar|disparar|apunalar|lastimar) (a|le)
(llevar|traer|voy_a_llevar) una? (pistola|arma|cuchillo) a la escuela
balacera en la escuela

[third_party urgent]
mi? (amigo|amiga|novio|novia|hermano|hermana|compa|companero|companera) ~ (se_quiere|quiere|va_a|dijo_que_se_va_a) (matar|suicidar|morir|cortar|lastimar)
se (corta|lastima|quiere_matar|quiere_suicidar|esta_cortando|esta_lastimando|quiere_morir)

[medical urgent]
(tome|me_tome) (demasiadas|muchas) pastillas
no he comido en (dias|una_semana)
me desmaye ~ (sin_comer|por_no_comer)
vomito sangre

[runaway urgent]
(me_voy_a|voy_a|quiero) (escapar|fugar|ir_de_casa|escaparme|irme_de_casa)
me (escape|fugue) de (la_casa|casa|mi_casa)
me (echaron|corrieron) de (la_casa|casa|mi_casa)
no tengo (donde|a_donde) (dormir|ir|quedarme)
