# Spanish concepts (Latin American and US teen Spanish). Same concepts as concepts.en.lex; both
# files are read on every message. Accents are removed by normalization ("mama" for "mamá").
# Verbs are matched by their Snowball stem, so "cortar" also finds "corto", "cortando"; clitic
# forms ("cortarme", "matarme") are listed where they carry the self.
# Sources: Spanish wording of the C-SSRS and ASQ; 988 Lifeline (Red Nacional de Prevención del
# Suicidio) warning signs; teen slang.

[SELF]
yo
me
mi
mis
conmigo
mismo
misma

[OTHER]
amigo
amiga
mejor amigo
mejor amiga
compa
compas
carnal
hermano
hermana
hermanito
hermanita
primo
prima
companero
companera
novio
novia
ella
ellos
alguien que conozco
(el|él) (entra|se_mete|viene|llega)

[OTHER_REFLEXIVE]
se

[WISH]
quiero
kiero
quisiera
quieres
ganas
ganitas
deseo
desearia
ojala
necesito
prefiero
tengo ganas
(seria|sería|estaria|estaría) mejor

[INTENT]
voy a
vamos a
va a
me voy a
pienso
planeo
plan
decidi
ya decidi
ya lo decidi
intentar
hacerlo
lo voy a hacer
ya (me|se) (va|voy)
(juntando|ahorrando) (dinero|lana|feria|plata|varo) (para|pa)
(van_a|vamos_a|vas_a|iban_a)

[THINK]
pienso
pensando
pensar
pense
pensamientos
se me pasa por la cabeza
(busque|buscando|buscar) (como|cuantas)

[DIE]
mori
morir
morirme
muero
muera
muriera
muerto
muerta
muerte

[NONEXIST]
desaparecer
desaparecer para siempre
(no|dejar_de) existir
no despertar
(no|nunca) (despertar|despertarme|volver_a_despertar)
dormir para siempre
(estar|estaria) mejor muerto
(estar|estaria) mejor muerta
(acabar|terminar) con todo
(se_acabe|acabe|termine) todo
(irme|me_voy) para siempre
ya no estar
(no|ya_no) (estar|seguir) (aqui|vivo|viva|con_vida)
desvivirme
=desaparezco para siempre
(me_voy|irme|me_iria) para siempre
(se_va|se_iba|se_fue) (a_ir)? para siempre
(dormir|dormirme) y no (despertar|despertarme)
desaparecer
desaparezco
(no|ya_no) tener que (estar_aqui|existir|vivir)
(dormirme|dormir|acostarme) y (ya)? no (volver|despertar|despertarme|levantarme)

[KILL]
matar
mate
mato
acabar
suicidar

[SELF_OBJECT]
mi vida

[SELF_DEATH]
suicidio
suicidarme
suicidar
suicida
s*icidio
me (quiero|voy_a|voy_a_ir_a) (matar|morir|suicidar|quitar_la_vida|aventar|tirar|colgar|ahorcar)
me =mato
matarme
me mataria
quitarme la vida
acabar con mi vida
me quiero morir
quiero morirme
(me_aviento|aventarme|tirarme|me_tiro|me_tirare|me_aviente|me_voy_a_aventar|me_voy_a_tirar) (del|de_la|desde|de_un|a_las|al) (puente|azotea|techo|edificio|vias|tren|metro|segundo_piso|tercer_piso)
(ahorcarme|colgarme|me_ahorco|me_cuelgo)
(no_quiero|ya_no_quiero|no_kiero) (vivir|seguir|existir|despertar|estar_aqui|seguir_aqui|seguir_viviendo|seguir_vivo|seguir_viva|nada)
(no_tiene|sin|ya_no_le_veo) sentido (vivir|la_vida|seguir)
(nadie|ninguno) (me_extranaria|notaria|lo_va_a_notar|se_daria_cuenta|me_va_a_extranar) si
si me muero
(estarian|estarias|estaria|estan) mejor sin mi
sin mi (estarian|estan|estaria)
(me_atropellara|me_atropelle|me_atropeyara|atropellen) un (carro|camion|tren)
(ojala|quisiera) (no_haber_nacido|estar_muerto|estar_muerta|morirme|desaparecer)
(tomarme|me_tomo|me_voy_a_tomar) todas las (pastillas|pastis)
ya no puedo mas
ya no aguanto mas
ya no aguanto
(no_quiero|ya_no_quiero|no_kiero) (estar_vivo|estar_viva|estar_aqui|seguir_aqui)
(matarse|suicidarse|quitarse_la_vida)
me voy para siempre
si (desaparezco|me_muero|me_mato|me_voy) ~ nadie
ya no (voy_a_estar|estare) (aqui|para)
(una|1) boca menos
(lo_mejor|mejor) (es|seria) (desaparecer|morirme|matarme|no_estar|irme_para_siempre)
ya no le sirvo a nadie
(estarian|estarias|estaria|estan|seria) (better_off|mejor|mas_felices) (sin_mi|without_me)
(todos|todo_el_mundo|mi_familia|mis_papas|mis_papás|ustedes) (estarian|estarían|estaria|estaría|vivirian|vivirían) (bien|mejor|mas_felices|más_felices|tranquilos) sin mi
(no_se|no_sé|ya_no_se|ya_no_sé) (pa|para) (que|qué) (sigo|estoy|vivo|sigo_vivo|sigo_viva|sigo_aqui|sigo_aquí)
(el_cielo|estar_muerto|estar_muerta|la_muerte|morir|morirme) (seria|sería|debe_ser|es)? mejor que (aqui|aquí|esto|vivir|estar_aqui|estar_aquí)
que (parezca|se_vea_como) (un_accidente|accidente)
(si_me_pasara|si_me_pasa) algo (no_me_importaria|no_me_importaría|no_me_importa|me_daria_igual|me_daría_igual)
(el_mundo|todo_el_mundo|mi_familia|mi_mama|mi_mamá|mi_papa|mi_papá|mi_viejo|todos|ustedes) (estaria|estaría|estarian|estarían|seria|sería) (mejor|bien|mas_feliz|más_feliz) sin (mi|mí)
(cansado|cansada|me_canse|me_cansé|harto|harta|me_harte|me_harté|me_hartaste) de vivir
(aventarme|tirarme|me_aviento|me_tiro|echarme) (enfrente|en_frente|delante) de (un|una|el|la) (trailer|tráiler|camión|camion|carro|tren|troca)

[SELF_HARM]
(me_corto|me_corte|cortarme|me_cortaba|me_estoy_cortando|me_volvi_a_cortar|me_acabo_de_cortar|me_vuelvo_a_cortar)
(me_lastimo|lastimarme|me_lastime|me_hago_dano|hacerme_dano|me_hice_dano|hacerme_algo)
(me_quemo|quemarme|me_queme|me_estoy_quemando)
(me_pego|pegarme|me_golpeo|golpearme) (en|contra|yo)?
autolesion
autolesiones
autolesionarme
cortadas
cortes en (los_brazos|las_piernas|mis_brazos|mis_piernas|la_muneca)
(cicatrices|marcas) (nuevas|frescas)
(recai|volvi_a_caer|recaida)
(me_rasguno|rasgunarme|me_rasco|me_aruno|arunarme|me_rasguñe|me_arane|me_arano)
(sacarme|me_saco|me_saque) sangre
(rasgunarme|rasgurarme|aranarme|arañarme|rayarme) (los_brazos|las_piernas|la_piel|los_brazos_hasta)?
hasta sangrar
(dandome|me_doy|me_daba|darme) (punos|golpes|cabezazos|trancazos|putazos)
(me|me_estoy|me_he) (haciendo|hecho|hago) (daño|dano) (a_proposito|a_propósito)?
(me_di|me_doy|me_pegue|me_pegué|me_pego|me_golpee|me_golpeé|me_golpeo) ~ (yo_misma|yo_mismo)
(me_he_estado|me_estoy) (cortando|rascando|rasguñando|quemando)
me (estoy_dando|doy|di|pego|estoy_pegando) (puños|punos|golpes|cabezazos|puñetazos|punetazos) (contra|en) (la_pared|el_muro|la_puerta)
(dando|doy|di|dar|darle|dándole|dandole) (puñetazos|punetazos|puños|punos|golpes|cabezazos) a la pared

[HARM_VERB]
cortar
corto
corte
cortando
quemar
lastimar
sangrar
sangrando
sangre

[BODY]
muneca
munecas
brazo
brazos
pierna
piernas
piel
panza
cuello

[BLADE]
navaja
cuchilla
cuchillo
sacapuntas
rastrillo
tijeras
vidrio
encendedor
(gillette|navajita|hojita|cuchilla|rastrillo)
(navaja_de_rasurar|navaja_de_afeitar|rastrillo)
gillette
(hoja|navaja) de afeitar

[METHOD]
pastillas
pastilla
pastis
pildoras
medicina
medicinas
soga
cuerda
cinturon
pistola
arma
puente
azotea
techo
vias
tren
metro
cloro
veneno
navaja
cuchillo
edificio
(jeringa|aguja|antidepresivos|pastillas_para_dormir|clonazepam|tafil|rivotril|paracetamol)
(en|dentro_de) (el|la|mi)? (garage|garaje|cochera|troca|carro|camioneta) ~ (motor|carro|troca) (prendido|encendido|andando|prendida|encendida)
(la|el|una|un|mi) (calibre_22|veintidos|veintidós|22|.22|38|9mm|escopeta)

[AMOUNT_Q]
cuantas
cuanto
cuanta

[LETHAL]
letal
mortal
dosis
suficiente para
(forma|manera) (mas_facil|rapida|de_morir)
sin dolor

[PREP]
=despedida
=despedirme
=despidiendose
me despedi
(carta|cartas|nota|notas) (de_despedida|para_mi_mama|para_todos)
(regale|regalando|regalar) (mis|todas_mis|mi) (cosas|ropa)
(regale|regalando) mis
ya (me_despedi|escribi_las_cartas|escogi|lo_tengo_todo)
(escogi|elegi) (cual|el_dia|el_lugar|la_fecha)
(ya_tengo|tengo|consegui|encontre) (la_soga|la_pistola|las_pastillas|el_arma|la_navaja)
perdon por todo
(=cuiden|=cuídenme|=cuidenme) a mi (perro|gato|hermanito|hermanita|mama|mamá)
(ultimo|ultima) (mensaje|dia)
(por|x) (la)? (ultima|última) vez
cuando (se_duerman|todos_duerman|nadie_este)
(hoy_es_el_dia|ya_es_hora|es_hoy)
(un|mi) (audio|mensaje) (de_despedida|despidiendome|despidiendose)
(soga|cuerda) ~ (amarrada|lista|colgada)
(escribi|escribiendo|deje) (una|las|unas|mi)? (carta|cartas|notas|nota)
(la_soga|la_cuerda|la_pistola|las_pastillas) (lista|listas|ready) (en|en_el|en_mi)?
(esperando|espero) (que|a_que) (mi_jefa|mi_mama|mis_papas|todos|mi_papa) se (vaya|vayan|duerma|duerman)
ya no (los|las|lo|la) (voy|va) a necesitar
(me_regaló|me_regalo|me_dio|regaló|regalo) (su|sus) ~ (favorito|favoritos|favorita|favoritas|perfume|aretes|collar|sudadera|cosas)

[TIME]
hoy
esta noche
noche
manana
ahora
este fin
el fin
finde
el (viernes|sabado|domingo|lunes|martes|miercoles|jueves)
despues de (clases|la_escuela)
en (un_rato|una_hora|unos_minutos)
hoy es el dia

[ACT_DONE]
me (tome|trague|bebi)
tome
trague
(me_acabo_de|acabo_de)
hace rato
(tomo|se_tomo|se_trago|me_las_tome|me_las_tomo|me_tomo|tomarme|se_las_tomo)

[MANY]
<many>
todas
todas las
todo el frasco
un monton
muchas
demasiadas
(como|unas|casi) (10|15|20|30|40|50|veinte|treinta)
(un|el|todo_el) (frasco|bote|pomo) (entero|completo)?
(toda|una) (la)? (caja|tira) (entera|completa)?
(la_mitad|medio|media) (del|de_un|de_la|de_una)? (frasco|bote|caja|botella|tira|paquete)

[PERCH]
(en|arriba_de) (el_puente|la_azotea|el_techo|las_vias)
(el|al)? (ultimo|último) piso (del|de_la|de_un|de_una) (parking|estacionamiento|garage|garaje|edificio|torre|hospital|hotel)

[JUMP]
aventarme
tirarme
me aviento
me tiro
saltar

[HIGH_PLACE]
(en|arriba_de) (el_puente|la_azotea|el_techo|las_vias|la_orilla)
no (pienso|voy_a|planeo|quiero) bajar (por_las_escaleras|caminando|por_el_elevador)
no (pienso|voy_a) (regresar|volver) (nadando|a_la_orilla)

[NEGATION]
no
nunca
jamas
tampoco
ni

[BUT]
pero
sino
aunque
igual
y

[JOKE]
jaja
jajaja
jajajaja
jsjs
jeje
xd
es broma
no es cierto
(no|ni) (es|era) (neta|en_serio)
=bromeando
=broma

[FIGURATIVE]
(x|por) (llegar|reprobar|romper|perder|sacar)
(si|cuando) ~ (se_entera|ve|vea|llega)
(=reprobe|=rompi|=choque|=olvide|me_olvide|llegue_tarde)
(tan|muy|bien) (dramatica|dramatico|exagerada|exagerado)
si no (le|me|les) (compran|dejan|dan)
(antes_de_que|antes_que) (llegue|lleguen|se_entere|vea)
(mi_ama|mi_mama|mi_papa|mi_apa|mi_jefa|mi_jefe|mis_papas|mis_jefes) ~ (me_va_a_matar|me_mata|me_van_a_matar|me_matan)
(si|cuando) se entera (que|de_que)? (reprobe|repruebo|saque|perdi|rompi)
no (he|e|habia|había) (estudiado|hecho_la_tarea|terminado)
(voy_a|vamos_a) (reprobar|tronar)

[TRIVIA]
examen
profe
maestro
maestra
exponer
ejercicios
si (me_toca|repruebo|mi_mama_ve|mi_papa_ve|pierdo)
si me toca (exponer|pasar)
boleta
calificaciones
que oso
verguenza
lag
el internet

[TOPIC]
proyecto
ensayo
exposicion
presentacion
cartel
salud
prevencion
pelicula
peli
=serie
capitulo
episodio
libro
novela
personaje
cancion
noticias
minecraft
documental
expo
civica
exposicion sobre
fortnite
free fire
(warzone|fortnite|free_fire|minecraft|roblox)
(clase_de_salud|en_salud|las_senales|examen)
(la|una) pelea (de|en) (la_ufc|box|boxeo|anoche)
(ufc|primer_round|round)
(de_terror|de_miedo|de_horror|de_zombies|de_accion|de_acción)
(cantando|canta|canción|cancion|letra_de)
(corrido|rola|esa_cancion|esa_canción|el_corrido|la_rola)

[PAST]
el ano pasado
hace (anos|un_ano|dos_anos|mucho|meses)
(antes|cuando_era_nina|cuando_era_nino|de_chiquita|de_chiquito) (me|yo)
en la secundaria
en (primero|segundo|tercero)
ya (estoy|ando) mejor
(intente|trate_de|intento)
(ahorita|ahora)? (ya)? (estoy|ando) mejor
(de|desde) cuando (me|yo|era)
en la (secu|secundaria|primaria)
hace <n> (anos|meses|ano)
ya no lo hago
(ahorita|ahora|ya)? (estoy|ando|voy) (en_terapia|con_psicologo|con_la_psicologa)
(cumpli|llevo|tengo) (un_ano|<n>_meses|<n>_dias|un_mes|meses) sin (cortarme|hacerlo|lastimarme)
(ya_llevo|llevo|tengo) (un_ano|<n>_meses|dos_anos|un_mes) (limpia|limpio|sin_cortarme)
todavia tengo las (marcas|cicatrices) de cuando
(cicatrices|marcas|cortadas) (viejas|antiguas|de_hace_años|de_hace_anos)

[ABUSE_ACTOR]
papa
mama
apa
ama
jefe
jefa
padre
madre
padrastro
madrastra
tio
tia
abuelo
abuela
novio de mi mama
esposo de mi mama
(hermano|hermana|primo|prima)
entrenador
maestro
profe
padrino
vecino
ella
novio
novia
ex
senor
hombre
viejo
jevo
jeva
novio
novia
pareja
senora
la senora
patron
patrona
dueno
duena
(jefe|patron|patrón|encargado|supervisor|gerente|pastor|padrecito|sacerdote|cura|lider_de_jovenes|líder_de_jóvenes|entrenador|mai|pai|mami|papi)
(apa|apá|ama|amá|jefa|jefe|padrastro|madrastra)
(jefito|jefita|mi_viejo|mi_vieja|viejo|vieja)
(mayordomo|capataz|patron|patrón|mayordoma)

[ABUSE_ACT]
(pega|pego|pegan|pegaba|golpea|golpeo|golpean|golpeaba|madrea|madreo)
(maltrata|maltrato|maltratan)
(ahorca|ahorco|ahorcaba)
(cachetea|cacheteo|patea|pateo|empuja|empujo|avento|jalo|jala)
(quemo|quema) con
(con_el|con_la) (cinturon|cable|chancla|palo|cuerda)
(dio|da|daba|dieron) una? (cachetada|bofetada|patada|golpe|madriza|paliza|chingadazo|cachetadas)
(jalo|jala|jalaba) el pelo
me (da|dio|daba|pega|pego) con (la|el) (correa|cinturon|chancla|cable|cinto|palo)
(tiro|avento|empujo|estrello|aviento) contra
(morado|morao|morada) 
(pega|pegan|pego|pegaba|pegaban|pegaron|pegando|pegue|golpeando|golpearon)
me (pone|puso|pega|pegó|pego|aplasta|aplastó|aplasto|pone) (la_mano|las_manos|el_brazo|la_cara) (en|contra) (el|la) (comal|estufa|plancha|horno|sarten|sartén)

[NEGLECT]
(me_encierra|me_encerro|me_encierran|me_dejan_afuera|me_dejo_afuera|me_dejaron_afuera)
(no_me_deja_comer|no_me_da_de_comer|no_hay_comida|me_dejo_sin_comer|me_dejan_sin_comer)
(no_me|nos) (dejo|deja|dejan) (comer|entrar)
miedo (de|a) (ir|volver|regresar|estar) (a|en)? (mi)? casa
no hay comida
no hay nada (de|que) comer
nos (deja|dejo|dejan) (solos|solas) (dias|toda_la_semana|todo_el_fin)
me (saca|sacan|saco|echa|echan|echo) de la casa
no hay nada (para|pa) comer
nos (deja|dejo|dejan) (solos|solas)
no hay nada de comida
(mi_mama|mi_papa|mi_ama|mi_apa|mis_papas) no (ha|han) (regresado|vuelto|llegado)
(cuidando|cuido) a mis (hermanitos|hermanos) (sola|solo) ~ (dias|noches|semana|semanas|sin_comida|sin_comer)
no me (da|dan|deja|dejan) (comida|comer|de_comer)
(sin_comer|no_he_comido) desde (el|hace)?
no (nos|me) (deja|dejan) ir a la escuela
(nos|me) (encierra|encierran|encerraba)
(me|nos) (deja|dejó|dejo|dejan|dejaron) (sola|solo|solos|solas) (con|toda_la_semana|todo_el_fin|varios_dias|varios_días)
no hay (luz|comida|agua|gas) (en_el_apartamento|en_la_casa|en_el_depa)? desde

[INJURY]
moretones
moreton
ojo morado
marcas
cicatrices
sangre
(morado|morada|morao|hinchado|hinchada)
(se_me_hinchan|hinchados|se_me_revientan|sangran|reventados) (los)? nudillos
se me (abren|abrieron|revientan|reventaron) los (nudillos|knuckles)

[TOUCH]
(toca|toco|tocan|tocaba|tocarme|manosea|manoseo|manosearme)
me (besa|beso|besaba)

[SEXUAL]
(violo|violaron|violacion|violar|violada)
(abuso|abusa|abusaron|abusando) de mi
(abusa|abusaba|abuso) sexualmente
(fotos|fotitos|videos) (desnuda|desnudo|sin_ropa|intimas|en_ropa_interior|en_brasier)
me (mete|meto|metio) (a|en) (su|mi) (cama|cuarto)
(se_mete|entra|se_metio|entro) (al_bano|a_mi_cuarto|a_mi_cama)
cuando me (estoy_banando|bano)
(me_obliga|me_obligo|me_obligan|me_forzo|me_fuerza) a
me (besa|beso|besaba)
(cosas|partes) (feas|intimas|privadas)
(me_manosea|me_manoseo|me_manoseaba)
me (toca|toco|tocaba|tocan) (las|mis|el|la|los) (partes|pechos|piernas|nalgas|pompas|cuerpo)
me (toca|tocaba|toco) (cuando|en_la_noche|donde|mientras|a_escondidas)
(paso|pasaron|subio|subieron|mando|mandaron|compartio|compartieron|publico|publicaron|filtro|filtraron) (mis|las_mias|sus) (fotos|videos|packs)
(paso|pasaron|subio|subieron|mando|mandaron|compartio|compartieron|publico|publicaron|filtro|filtraron) (mi|el|los)? (pack|packs)
me (piden|pide|pidio|pidieron) (mas|fotos|packs)
(mandar|manda|pide|sus|mis|los|unos|mandame) packs
(desperte|me_desperte|amaneci) ~ (encima_mio|encima_de_mi|sin_ropa|desnuda|desnudo|en_su_cama)
me (hacia|hace|hizo|hacen|hacian) cosas
(me_agarra|me_agarro|me_toca|me_soba|me_sobo) (la_pierna|las_piernas|la_nalga|las_nalgas|el_trasero|la_cintura|los_pechos|el_pecho)
(fotos|videos|pics|verme|me_ve|me_pide|mandar) ~ (desnuda|desnudo|sin_ropa|encuerada)
se (mete|metió|metio|metia|metía) (en|a) mi cama
me (agarro|agarró|toco|tocó|toca|tocaba|agarra) (donde|ahi|ahí|mis_partes|abajo|las_nalgas|los_pechos) (no_debia|no_debía|no_debe)?
pagar (la_renta|el_cuarto|la_casa|lo_que_debo|lo_que_debemos)? de otra (forma|manera)
(de_otra_forma|de_otra_manera) (la|le|lo)? (tengo|tenemos|tiene) que pagar
(me_va_a|va_a|me_quiere|quiere|me_vuelve_a) hacer lo (de_la_otra_vez|mismo|de_antes|de_siempre|que_me_hizo)
me (agarra|toca|soba|manosea|agarraba|tocaba) cuando (nadie_ve|nadie_me_ve|no_hay_nadie|estamos_solos|estoy_sola|estoy_solo|nadie_esta)
(desperte|desperté|amaneci|amanecí|me_desperte|me_desperté) ~ (sin_mi_ropa|sin_ropa|desnuda|desnudo|sin_pantalon|sin_pantalón)
(me_pusieron|le_pusieron|me_echaron|me_metieron) algo en (la|mi) (bebida|vaso|trago|refresco)
si no me (dejo|deje|dejas)
(sigue|anda)? (agarrandome|agarrándome|tocandome|tocándome) (la|las|el|los) (cintura|nalgas|pierna|piernas|trasero|pechos)
(me_agarra|me_agarro|me_agarró|me_toca|me_tocó|me_toco|me_soba|me_sobó|agarra|toca) (mi|mis) (cuerpo|partes|pechos|pompas|nalgas)
(pagar|pague|pagarle|pagarles|cobrar|cobrarme|cobrarle) (la_renta|la_deuda|el_cuarto|lo_que_debemos)? (de_otra_forma|de_otra_manera|con_mi_cuerpo|con_otra_cosa|de_otro_modo)
(cobrarme|cobrármela|cobrarmela|cobrarse|cobrárselo) (a_mi|a_mí|conmigo)
(paso|pasaron|subio|subieron|mando|mandaron|compartio|compartieron|publico|publicaron|filtro|filtraron) las (fotos|videos) (que|q) (le|les) (mande|mandé|pase|pasé|envie|envié)

[SECRECY]
(un|nuestro|es|sea|nuestro_pequeño) secreto
(en|un|a) secreto
nuestro secreto
(no_le_digas|no_le_diga|no_digas|no_le_cuentes|no_le_diga_a_nadie)
(borre|borrar|borra) (los_chats|los_mensajes|las_conversaciones)
nadie (me_va_a_creer|me_creeria|te_va_a_creer)
entre nosotros
no le voy a decir a nadie
no le digas a nadie
no le (cuente|diga|digas|cuentes) a (mis_papas|nadie|mi_mama|mi_papa)
(borre|borra|borrar|que_borre) (todo|los_mensajes|los_chats|las_fotos) (despues)?
nadie (me|te|le)? (va_a|iba_a|van_a)? (creer|cree)
que no (diga|digas|dijera|cuente|cuentes) (nada|na|a_nadie)?
si (le|les)? (cuento|digo|dices|cuentas|contara|dijera) a (alguien|nadie|mi_ama|mi_mama|mi_amá|mi_mamá|la_policia|la_policía)
(me_dice|me_dijo|me_decía|me_decia|dice|dijo|me_amenaza_con) que si (digo|dices|le_digo|le_dices|cuento|cuentas|le_cuento|le_cuentas) (algo|a_alguien|a_tu_mama|a_mi_mama|a_nadie)
(me_decia|me_decía|me_dijo|me_dice|decía|decia) que (era|es) (un_juego|nuestro_secreto|normal|un_secreto)
si me quejo

[EXTORTION]
(chantaje|chantajeando|chantajea|extorsiona|extorsionando)
(subir|publicar|pasar|mandar|enviar|difundir) (mis_fotos|las_fotos|mis_videos|mis_packs)
si no (le_mando|le_pago|le_doy|mando)
(amenaza|amenazo) con (subir|publicar|pasar|mandar)
(subir|publicar|mandar|pasar|enseñar|ensenar) (mis|unas|las)? (fotos|videos|fotos_mias|fotos_mías) (mias|mías|de_mi)?
si no (les|le)? (doy|mando|pago|deposito|envio|envío) ~ (van_a|va_a)? (subir|publicar|mandar|pasar|enseñar)

[ONLINE_ADULT]
(senor|hombre|wey|tipo|vato|chavo|man) (de|que_conoci_en) (insta|instagram|discord|free_fire|roblox|tiktok|facebook|snap|internet|un_juego)
(mayor|mas_grande) que yo
(tiene|de) (20|25|30|40) anos
me (va_a_recoger|quiere_ver|compra_cosas)
(conoci|conocio) en (internet|linea|insta|discord|free_fire|roblox)
(un|una) (senor|senora|hombre|viejo) de <n>
(senor|hombre|viejo|man) (de|que_tiene) <n> anos
(senor|hombre|viejo) (en|de|que_conoci_en) (roblox|el_juego|free_fire|fortnite|insta|tiktok|discord|snap)
me recoge
(pide|pidio|piden|pidiendo) fotos
(un|una|el|ese) (señor|senor|viejo|hombre_mayor|tipo_mayor|man_mayor) (de|en) (internet|discord|insta|snap|tiktok|roblox|free_fire|linea|línea)
(el|él) tiene (19|20|21|22|23|24|25|26|27|28|29|30|35|40) (años)?
(un|una) (vato|señor|senor|tipo|man|chavo|hombre) de (19|20|21|22|23|24|25|26|27|28|29|30|35|40)
(un|una) (man|vato|tipo|señor|chavo) que (conoci|conocí) (por|en) (insta|internet|snap|tiktok|face|discord|free_fire)
que (conoci|conocí) en (tiktok|instagram|insta|snap|discord|free_fire|roblox|facebook|internet)
(anda|sale|esta|está|se_ve) con un (señor|senor|hombre|ruco|viejo|vato_mayor|tipo_mayor)

[WEAPON]
pistola
arma
armas
cuchillo
navaja
bomba
rifle
cuerno de chivo
fusca
cuete
fierro
chopper
(traer|traerá|traera|trae|llevar|llevara|llevará|anda|andaba) (una|un)? (navaja|cuchillo|pistola|arma|bate|fierro|cuete)
con (un|unos|una|unas)? (bate|bates|palo|palos|tubo|tubos|fierro|fierros|machete|machetes)
(un|el|su|trae_un|trae_el|carga_un) fierro
fuscas
(candado|piedra|candados) en (la|una) media
balazo
balazos
plomazo
navajazo
fierrazo

[SCHOOL]
escuela
prepa
secundaria
colegio
salon
receso
recreo
cafeteria
pasillo
mochila

[HARM_OTHERS]
(disparar|balacear|tirotear)
(apunalar|apunale|picar|filerear)
(matar|mate) a (todos|ese|esa|el|ella|mi)
(matarlo|matarla|matarlos)
(lastimar|golpear|madrear) (a|al|a_mi)
(partirle|romperle|reventarle) (la_cara|la_madre|la_cabeza|el_hocico|la_boca)
(agarrarlos|agarrarlo|agarrarla) a (golpes|madrazos|putazos|chingadazos)
(les|le) voy a hacer algo
(matar|mate) a (los|las|esos|esas|unos)
(partirle|romperle|partir|romper) (la_cara|la_madre|la_cabeza|el_hocico|la_boca)
(si|y) (lo|la) mato
(pegarle|golpearle|darle|partirle) (con|un|una|de)
hasta que (ya)? no se (levante|mueva|pare)
(matar|mate|matarlo|matarla) (al|a_la|a_los|a_las)
(agarrar|agarrarlo|agarrarla) (a_ese|a_esa|a_esos)? ~ (con_un_bate|a_golpes|a_palos|a_madrazos)
(hacerle|hacerles) dano a (mi|ese|esa|mis)
(usar|usarla|usarlo|usarlas|usarlos) (contra|en_contra_de)
(darle|pegarle|reventarlo|reventarle|romperle) ~ con (un|una|el|la) (bate|palo|tubo|fierro|botella|piedra|machete|cuchillo)
hasta que no (se_pare|se_levante|respire)
(matar|matarlo|quebrar|quebrarse|balear) a (un|una|ese|esa|el|la|su) (bicho|chavo|morro|vato|tipo|maje|cerote|nene|chaval|wey|guey|pendejo|cabron|chamaco|pelado|bato|compa|chico|chica)
le (meto|voy_a_meter|meteria|metería|doy|voy_a_dar) (una_puñalada|una_punalada|un_navajazo|un_plomazo|un_tiro|un_balazo|un_fierrazo|un_filerazo)
(le_va_a_dar|le_van_a_dar) a mi (carnal|hermano|primo|compa|amigo)
(va_a|voy_a|van_a|vamos_a) (balear|balacear|disparar|tirotear|picar|apuñalar|apunalar) (a|al)
(le|les) (van_a|va_a|vamos_a) caer (a)?
(darles|darle) un (susto|escarmiento|buen_susto) (a_todos)?
(le|les) (voy|vamos) a (quebrar|romper|partir|reventar) (la_cara|la_madre|el_hocico|la_boca|la_jeta|el_osico|el_hocico|los_dientes)
(le|les) (voy|vamos) a caer
(sacar|sacarle|sacare|sacaré|le_voy_a_sacar) la (cresta|chucha|mierda|madre)
(le|les) (voy|vamos) a (meter|dar|reventar)
(lo|la|los) (voy|vamos) a (reventar|quebrar|partir|madrear|chingar|picar|fundir|apuñalar)
(lo|la) (apuñala|apuñalo|apuñalar|va_a_apuñalar)
(mate|mata|va_a_matar) a mi (padrastro|papa|papá|tio|tío)

[ATTACK]
(balacera|tiroteo) en la (escuela|prepa)
(lo|la|los) voy a (matar|picar|lastimar)
van a ver
(se_van_a_arrepentir|la_van_a_pagar|me_las_van_a_pagar)
(lista|nombres) de
(llevar|llevo|traer|traigo|voy_a_llevar) (la|una|el) (pistola|arma|navaja|cuchillo)
(hacerles|hacerlos|hacerle) pagar
(traer|llevar) algo a la (escuela|prepa)
(lo|la|los|las) (espero|voy_a_esperar|voy_a_agarrar) (a_la_salida|saliendo|afuera)
(le|les) (iba_a|voy_a|va_a|vamos_a) (dar|meter|pegar|soltar) un (tiro|balazo|plomazo|putazo)
hacerle algo a (toda_la_escuela|todos|la_escuela|todo_el_salon)
(pa|para) que sientan lo que (yo)? siento
se la (voy_a|vamos_a|va_a) (clavar|meter|enterrar|picar)
(clavarle|picarle|meterle) (la_navaja|el_cuchillo|un_fierro|un_plomazo)
se lo voy a hacer
le (parto|rompo|reviento|voy_a_partir) (la_cabeza|la_cara|la_madre|el_hocico)
(lo|la|los) voy a esperar (en|a_la_salida|afuera|saliendo)
(traje|traigo|tengo) la (navaja|pistola|fusca|cuete) (hoy|aqui|en_la_mochila)
(voy_a|vamos_a) hacer que (todos|ellos) (me_paguen|paguen)
(ya_se|se) donde guarda (mi_papa|mi_tio)? (la_pistola|el_arma|la_fusca)
(caer|caerle|llegar|entrar) ~ a (tiros|balazos|plomazos)
(balacera|tiroteo) en (la_escuela|la_prepa|la_secu|el_colegio)
(caerle|caer|darle|darles|entrarle) a (palos|golpes|madrazos|chingadazos|punos|puños|pedradas|batazos)
(pegarle|golpearlo|golpearle|darle|madrearlo) entre (todos|varios)
(brincar|brincarle|brincarlo|saltarle|caerle) a (mi|su|un|una|el|la)
(balacearon|balearon|tirotearon|rafaguearon|le_dispararon_a) (la|su|mi) (casa|carro|troca|cantón|canton)
(le|les) (dieron|dan|van_a_dar|daban) una (golpiza|madriza|paliza|putiza|chinga)
(se_estan|se_están|andan|estan|están) (entrando|dando|agarrando|agarrandose|agarrándose) a (tiros|balazos|plomazos)
(saco|sacó|saca|sacaron) (la|una|su)? (pistola|arma|cuete|navaja|cuchillo)
se (oyeron|oyen|escucharon) (dos|unos|varios|muchos)? (tiros|balazos|disparos)
(va_a|van_a) haber (muertos|muertes|sangre|balazos|tiros)
(limpiar|balacear|tirotear|balear) (la|esa|mi|nuestra) (escuela|prepa|secundaria)

[THREAT]
(amenaza|amenazo|amenazan|amenazaron|amenazas)
me (van_a|quieren|va_a|vienen_a) (matar|golpear|pegar|madrear|lastimar|picar)
(golpearme|madrearme|picarme)
me (sigue|siguen|vienen_siguiendo|viene_siguiendo|esta_siguiendo|anda_siguiendo|acosa|acosan|acosando)
(me_agarro|agarra|agarro) del (cuello|pelo|brazo)
sabe donde vivo
afuera de mi casa
no estoy a salvo
(no_me_siento|no_estoy) (segura|seguro)
(estoy|estamos|esta|está|me_siento|corro|corremos|corre) (en)? peligro
me (estan|esta) (siguiendo|acosando|vigilando)
me va a hacer algo
la proxima me va peor
(me_dijo|dijo) que (si_lo_dejo|la_proxima)
me (dan|dieron|van_a_dar|va_a_dar) un (tiro|balazo|plomazo|cuetazo)
(hoy|manana)? me (mata|matan) si
(dijo|dice) que (me_mata|me_va_a_matar)
me (matan|parten|madrean|pican)
si ~ me (matan|mata|parten)
me (va|iba|van) a (dar|meter) una (pela|golpiza|madriza|paliza|pelea)
me tiene (velao|velado|vigilado|fichado)
(dando_vueltas|rondando|vigilando) (por|en|afuera_de) mi (casa|cuadra|calle|escuela)
(le|les|nos|me) van a hacer (algo|dano) (a_mi|a_mi_familia|a_mis)?
me (va|van) a (buscar|encontrar|cazar)
me (va|van|iba) a (quemar|pegar|golpear|ahorcar|encerrar|levantar|dejar_sin_comer)
sabe donde (yo)? (vivo|estudio)
sabe donde (ando|estoy|vivo|estudio) (a_cada_rato|siempre|todo_el_tiempo)?
me esperan (hoy|manana|a_la_salida) (a_la_salida)? (con|con_unos|con_cuchillos|con_navajas|con_armas)?
(sabe|saben|sabemos) (donde|dónde) (vivo|vives|trabajo|trabajas|estudio)
(cobrar|cobrarse|cobrarsela|desquitar|desquitarse|desquitarsela) ~ conmigo
(se_la|se_las) van a cobrar conmigo
me (van_a|va_a) (agarrar|levantar|madrear|quebrar|balear|tronar|reventar)
me (mete|meten|pega|pegan|va_a_meter|van_a_meter) un (tiro|balazo|plomazo)
me (van_a|va_a) (dar|meter) (bala|plomo|chumbimba)
(nos|me|te) (va_a|van_a) (hacer_algo|hacer_daño|hacer_dano|echar_a_la_migra|reportar_a_la_migra)
(te|lo|la) (vamos_a|van_a) (quebrar|madrear|balear|reventar)
nos (van_a|va_a) (quebrar|balear|madrear|levantar)
(dar|darme|darle|darte|me_van_a_dar|te_van_a_dar) piso
me (da|dan|va_a_dar|van_a_dar|mete|meten) (una|un)? (puñalada|punalada|navajazo|cuchillada|plomazo|balazo|tiro)
me (van_a_tumbar|van_a_bajar|van_a_quebrar)
me =tumban
me =quiebran
(va_a|van_a) llamar a la migra
si no hago lo que (el|él|ella) (dice|quiere)
(me_dijeron|dijeron|dicen|me_dicen) que (hoy|manana|mañana|ahora|al_rato) (si)? me toca
sabe (en)? (que|qué|cual|cuál|donde|dónde) (escuela|prepa|secundaria|salon|salón) (estoy|voy|estudio)
(todavia|todavía|aun|aún)? le (debe|debemos|deben) ~ (sabe|me_mando|me_mandó|me_escribio|me_escribió|amenaza)
con (otro|otra) ~ me (mata|matan|va_a_matar|van_a_matar)
(no_deja_de|sigue|se_la_pasa) (aparecer|apareciendo|aparecerse|apareciéndose|apareciendose)
saben (donde|dónde) (vive|viven|vivimos) (mi_familia|mis_papas|mis_papás|mi_mama|mi_mamá|mi_abuela)
(van_a|va_a) venir (por_mi|por_mí|a_buscarme)
(todavia|todavía|aun|aún)? les (debe|debemos|deben) ~ (van_a|va_a|vienen|amenazan)
(ya_saben|sabemos|saben|ya_sabemos) (en_que|en_qué|donde|dónde|a_que|a_qué) (escuela|vives|estudias|estoy|vivo|trabajo)
(o|si_no) (le|te|me|les) (hacen|hacemos|van_a_hacer|pasa|va_a_pasar) algo
me van a ~ cortar (la_cara|el_cuello)
(me_mandaron|mandaron|me_mando|me_mandó|me_enviaron) (una)? (foto|fotos) de mi (casa|calle|escuela)
(llama|llamar|va_a_llamar|llamo|llamó|llamaría|llamaria|le_habla|hablar) a (inmigración|inmigracion|la_migra|migra|ice)
no me (deja|dejan|quiere_dejar|dejaba) (salir|irme) (del_cuarto|de_la_casa|del_carro|de_la_troca|del_baño|del_bano|de_aqui|de_aquí|de_su_casa|de_su_cuarto)
me (va|van) a (desfigurar|rajar|partir|romper|quebrar) la cara
me (va|van) a (meter|dar|pegar) un (balazo|plomazo|tiro|fierrazo|navajazo|madrazo)

[FEAR]
miedo
ayuda
ayudame
auxilio
(me_da|tengo) miedo
(escondida|escondido|me_escondi|encerrada|encerrado)
porfa
(ayudaa|ayudenme)

[NO_ANSWER]
(no_responde|no_contesta|ya_no_contesta|no_me_contesta|no_lee|ya_no_responde)
(ya_se_desconecto|se_desconecto|no_se_conecta|ya_no_se_conecta)

[UNRESPONSIVE]
(no_despierta|no_reacciona)
(no_respira|respira_raro|respira_bien_raro|no_puede_respirar)
inconsciente
desmayado
desmayada
(labios|cara) (morados|azules)
(tirado|tirada|tirao) en el (piso|suelo)
(convulsionando|convulsiona|convulsiones|le_dio_una_convulsion|le_dio_una_convulsión)
(tirado|tirada|temblando|convulsionando) en el (piso|suelo|baño)
no se (despierta|mueve)
no abre (los_ojos|sus_ojos)
no (me)? (responde|contesta|reacciona) ~ (no_abre|no_se_mueve|no_despierta)

[MEDICAL]
(sobredosis|me_pase|se_paso)
(no_puedo|no_puede) (respirar|pararme|levantarme)
(vomito|vomitando|vomite|devolviendo) sangre
(sangre) en el vomito
(no_he|sin) comer
(dias|semanas) sin comer
(llevo|lleva) <n> dias sin comer
(me_desmaye|me_desmayo|se_desmayo|desmayarme|me_maree|me_mareo)
(corazon) (acelerado|a_mil|se_me_va_a_salir)
(vomitar|vomito) (todo|despues_de_comer)
no siento (las_manos|las_piernas|nada)
no siento (la_cara|los_brazos)
(corazon) ~ (late|latiendo|lateando) (rarisimo|raro|muy_rapido|a_mil)
(no_paro|no_puedo_parar) de (vomitar|temblar)
(no_ha|no_he|no_has|no_han) comido
(casi)? se (cae|desmaya|desmayo)
(sigo|sigue) vomitando
no (puedo|puede) retener
(llevo|lleva) vomitando
(me_tiembla|le_tiembla|tiembla) todo
no (dejo|paro|puedo_parar) de (vomitar|temblar)
(comiendo|como|comi) casi nada
(vomito|vomitar|vomite) lo (poco|que)
(pastillas|pildoras) ~ con (alcohol|tequila|vodka|cerveza|ron)
no (he|ha) (parado|dejado) de (vomitar|temblar)
(mucho|un_chingo_de|muchos|muchas) (laxantes|pastillas_para_adelgazar|diureticos)
no se cuanto tiempo (estuve|estuvo) (ahi|tirado|tirada|inconsciente)
pastillas para (adelgazar|bajar_de_peso)
(me_dolia|me_duele|le_duele) el pecho
(embarazada|embarazo) ~ (sangrando|sangrado|contracciones)
(estoy|esta|está) sangrando (mucho|bastante|un_chingo|demasiado|un_montón|un_monton)
golpe de calor
(deje|dejé|dejo|dejó|no_me_pongo|no_me_he_puesto) (de_ponerme|de_usar|de_tomar|de_inyectarme)? (la|mi)? insulina
(popo|popó|caca) (negra|con_sangre)
(vomito|vomité|vomite|vomitando|devuelvo) sangre
(purgando|me_purgo|me_estoy_purgando) ~ (cada_comida|todos_los_dias|todos_los_días|despues|después)
(racionando|racionar|racione|racioné|estirando|saltandome|saltándome) (la|mi)? insulina
insulina ~ (la_estoy_racionando|racionando|se_acabo|se_acabó|se_me_acabo|se_me_acabó|no_alcanza|no_me_alcanza)
no (alcanza|alcanzamos|alcanzo) (a_comprar|pa_comprar|para_comprar) (la|mi)? insulina
no (ha_podido|pudo|puede|alcanza_a|alcanzo_a|alcanzó_a|hemos_podido) comprar (la|mi)? insulina
(me_la|la) estoy (estirando|racionando)

[RUN_OFF]
(escaparme|escapar|huir|irme|largarme)
(irme|me_voy|largarme) de (la_casa|mi_casa|casa|aqui)
ir de (la_casa|mi_casa|casa)
(guarde|empaque) mis cosas
(me_voy|irme) (con|a|pa|para) (otro_estado|otra_ciudad|mi_novio|mi_novia)
(mochila|maleta) (lista|hecha)
(volarme|pelarme|largarme|salirme)
(no_pienso|no_voy_a) (volver|regresar)
(irme|ir|salirme|largarme|pelarme) de (esta|la|mi) casa
(tengo|ya_tengo) la (mochila|maleta) (hecha|lista|preparada)

[RUNAWAY]
(me_escape|me_voy_a_escapar|me_fui_de_la_casa|me_sali_de_mi_casa|me_sali_de_la_casa|me_fui_de_mi_casa|me_sali_de_casa)
me fui de (la_casa|mi_casa|casa)
(me_corrieron|me_corrio|me_echaron|me_echo) (de_la_casa|de_mi_casa|de_casa)?
(no_tengo|sin) (donde|a_donde|adonde) (dormir|quedarme|ir)
(dormir|durmiendo|dormi) en la (calle|parque|central)
(ando|estoy) en la calle
(dormir|duermo|dormi|durmiendo) en (las_escaleras|la_calle|una_plaza|la_plaza|el_parque|un_parque|el_carro|la_estacion)
se fue de (su|la) casa
no pienso volver (nunca)? (a_esa|a_esta|a_mi|a_la)? casa?
(pasaje|boleto) de (guagua|camion|autobus|bus|greyhound)
me (salgo|escapo|voy|sali|escape) (por|x) la ventana
no se (donde|dnd|a_donde) voy a (dormir|quedarme|ir)
(me_estoy_saliendo|me_salgo|me_sali|saliendome) (por|x) la ventana
no voy a volver (a_esa|a_esta|a_mi|a_la)? casa (nunca)?
(ya_empaque|empaque|ya_hice) (mi|la) (mochila|maleta)
(me_voy|me_ire) (tonight|esta_noche|hoy) (cuando|when)
no tengo (pa|para) (donde|dónde) ir
(me_voy|me_salgo|me_largo|me_fui|me_sali|me_salí) de (la|mi|esta) casa
no me (busquen|busques|vayan_a_buscar)
(me_boto|me_botó|me_botaron|me_saco|me_sacó|me_sacaron) de (la|mi) casa
(me_estoy_quedando|me_quedo|me_quede|me_quedé) en el (sofá|sofa|sillón|sillon) de
(ya)? tengo (la|mi) (mochila|maleta) (hecha|lista|empacada|preparada)

[HOPELESS]
(sin|no_tengo|no_hay) esperanza
(nada|nunca_nada) (importa|cambia|me_sale_bien|tiene_sentido|va_a_cambiar)
(pa|para) que (le_echo_ganas|sigo|intento)
(soy|me_siento) una carga
(no|nunca) (voy_a_salir|va_a_mejorar)
(estoy|me_siento) (vacio|vacia)
(cansado|cansada) de (todo|vivir|la_vida)
(no_vale|ya_no_vale) la pena


[GRIEF]
(=murio|=fallecio|=mataron|=falleciera|=fallecio)
(velorio|funeral|entierro)
(extrano|extraño) a
(perdi|perdimos) a

[OTHER_DEATH]
(matarse|suicidarse|quitarse_la_vida)
se (quiere|va_a) (matar|morir|suicidar)
se (iba_a|va_a|quiere|queria) (colgar|ahorcar|matar|tirar|aventar|cortar|morir)
(quisiera|quiere|queria|dice_que_quiere) (morirse|matarse|desaparecer)
a nadie le importaria
se (va_a|quiere|iba_a|queria|quería|piensa) quitar la vida
(ya_no_queria|ya_no_quería|no_quiere|ya_no_quiere|no_queria|no_quería) vivir
se (avienta|tira|va_a_aventar|va_a_tirar|quiere_aventar|quiere_tirar|iba_a_aventar|iba_a_tirar) (del|de_la|desde|desde_el|desde_la) (puente|azotea|techo|edificio|parking|estacionamiento|presa|vías|vias)

[POISON]
cloro
veneno
raticida
(liquido|líquido) de (fumigar|limpiar)
(insecticida|pesticida|fumigante|herbicida|matahierba|raid)
(algo|lo|un_liquido) de (abajo_del|debajo_del) (fregadero|lavabo)

[DELIBERATE]
a proposito
para sentir algo
pa no sentir

[VOMIT]
vomitar
vomito
vomitando
devolver
devolviendo

[BLOOD]
sangre
sangrando
sangrar
(llegó|llego|vino|regresó|regreso) con sangre
sangre en (la_camisa|la_ropa|los_tenis|las_manos|la_sudadera)

[ABUSE_TOOL]
cinturon
cable
chancla
palo
cuerda
cinto
correa

[OTHER_OBJECT]
le
la
lo
les

[BENIGN]
(ya_no_me_queda|ropa_vieja|sin_querer|me_tropece|laboratorio|cazar|caceria)
(rana|disecar|disectar|balonazo|pelotazo)
(=pollo|=cocina|=cebolla|=tobillo|=esguince)
(pescar|carnada|patineta|bici)
(comal|pupusas|tortillas|plancha|estufa|horno|cocinando|cocinar)
(hoja|papel|cuaderno|libreta)
(veterinario|alambre|pata|coyote|gallinas)
(trampolin|natacion|clavados|alberca)
(entrenamiento|practica|clase) de (boxeo|karate|box|mma|kickboxing)
como (dice|me_dijo|me_dijeron|indica|indicó|indico|manda) (el_doctor|la_doctora|el_medico|el_médico|la_receta)?
(una|1|dos|2) (en_la_mañana|en_la_manana|al_dia|al_día|cada_noche|en_la_noche|cada_mañana)
(en_el_partido|jugando_futbol|jugando_fútbol|en_el_juego|en_la_practica|en_la_práctica|en_el_entrenamiento)

[DO_IT]
(como|cuando) (lo_haria|hacerlo|lo_voy_a_hacer)

[I]
yo

[CONDITIONAL]
si no
o si no

[GIVE]
(regale|regalando|regalar|le_regale|les_regale|di|deje|le_di|le_deje)

[VALUED]
(gato|gatito|perro|perrito|ps5|play|xbox|switch|sudadera|celular|cel|ropa|cosas|collar|anillo|guitarra|tenis|mascota)

[ACCESS]
(se|ya_se|encontre|tengo) (la|el)? (clave|llave|combinacion)
(consegui|compre) (una|la|unas)? (soga|pistola|pastillas|navaja)

[LETHAL_Q]
(cuantas|cuantos|cuanto|cuanta) ~ (para_morir|para_matarme|te_matan|mata|matan)
(dosis) (letal|mortal)
(forma|manera) (mas_facil|rapida|sin_dolor) de (morir|matarse|matarme)

[CUTS]
cortadas
cortes
marcas
quemaduras

[HIDE]
(esconder|escondo|tapar|tapo|taparme) (las|mis)?
manga larga
(que_nadie_vea|que_no_vean)
(le_dije|les_dije|digo) que (me_cai|fue|es)
(cree|creen|piensa) que los (moretones|golpes|cortes) son (del|de_la|de)
(debajo|abajo) del (colchón|colchon)
bajo el (colchón|colchon)

[DRUNK]
(borracho|borracha|pedo|=tomado)
(bolo|bola|pedo|borracho|borracha|jalado|hasta_atras|hasta_atrás|pisto)

[US]
nos

[NOW]
en este momento
mientras (escribo|te_escribo)
ahorita
ahora mismo

[FAREWELL]
(adios|bye|perdon_por_todo|los_quiero)
perdon a todos
(los|las) quiero (a_todos)?
(no_voy_a|no_pienso) (volver|regresar|llegar) a (casa|mi_casa)
(no_se|no_sé) a quien mas (decirle|contarle|escribirle)
(probablemente|capaz|quizas|quizás) (mi|el) ultimo (mensaje|msj)
(ya_no|no) (voy_a|pienso) (volver|regresar) (a_la_casa|a_casa|nunca|jamas|jamás)
no voy (pa|para|a) (casa|la_casa|mi_casa)
(ya)? se (despidió|despidio) de (todos|todo_el_mundo|nosotros|mi)

[DRUG_USE]
me meti algo
(me_dieron|fume) algo
(se_tomo|se_tomó|me_tome|me_tomé|le_dieron|me_dieron|se_metio|se_metió|inhalo|inhaló) algo
(fumo|fumó|se_fumo|se_fumó|probo|probó|fume|fumé) algo
algo que (le|me|nos) (pasaron|dieron|vendieron|regalaron)
(se_tomo|se_tomó|se_tomaron|me_tome|me_tomé|se_bebio|se_bebió) algo
(se_tomo|se_tomó|tomo|tomó) (sus|las|mis)? pastillas ~ (dos_veces|doble|de_mas|de_más|por_equivocacion|por_equivocación)
se (metió|metio|tomó|tomo|fumó|fumo) algo (en_la_fiesta|que_le_dieron|que_le_pasaron)

[CURRENT]
(ultimamente|otra_vez|todavia|todas_las_noches|diario|todos_los_dias)
(me_volvi_a|volvi_a|me_volvi_a_cortar|recai)
desde hace (meses|años|anos|semanas|dias|días|tiempo|rato|un_año|un_ano|un_mes)
no (pensaba|era|me_sentia|me_sentía|estaba) (asi|así) (antes)?

[OVERDOSE]
sobredosis

[ABUSE_ME]
me (da|dio|daba|pega|pego|pegaba) con (la|el) (correa|cinturon|chancla|cable|cinto|palo)
me (pegan|golpean|maltratan|pega|golpea|pego|golpeo|pegaba|golpeaba|pegaron|cachetea|ahorca|ahorco) en (mi_casa|la_casa|casa)
me (pega|pegan|pego|pegaba|pegaron|golpea|golpean|golpeo|golpeaba|cachetea|cacheteo|ahorca|ahorco|patea|pateo|empuja|empujo|jalonea|jaloneo)
me (tira|tiro|avienta|avento|lanza|lanzo|tiraba|aventaba) (cosas|platos|el|la|lo_que|zapatos|la_chancla)
me (jalo|jala|jalaba|jalaron) (del|el|de_los) (pelo|cabello|brazo|oreja)
me (tiro|avento|empujo|aviento|tumbo) (al|contra_el|en_el) (piso|suelo)
me agarra a (cachetadas|golpes|madrazos|chingadazos|patadas|cintarazos)
me (dejo|dejaron) (el_ojo_morado|moretones|marcas|morado)
me (apreto|aprieta|apretaba|agarro|agarra) (el_cuello|del_cuello|la_garganta)
me (dio|pego|pegó|dieron|pegaron) (tan|bien|muy|re)? duro
me (cogio|cogió|agarro|agarró|tomo|tomó|apreto|apretó|ahorco|ahorcó) (del|el|por_el)? (cuello|pescuezo)
me (da|dan|daba|daban) (collejas|cachetadas|bofetadas|zapes|chingadazos|cintarazos|madrazos)
me (dio|pego|pegó|dieron|pegaron) una (cachetada|bofetada|patada|trompada|cachetadota|madriza|golpiza)
me (revento|reventó|rompio|rompió|partio|partió) (el|la) (labio|boca|nariz|ceja)
me (cago|cagó|molio|molió|caga|cagaba) a (palos|golpes|trompadas|patadas|cintazos)
me (quema|quemo|quemó|quemaba|quemaron) con (la|el|una|un) (plancha|cigarro|cerillo|encendedor|cuchara|sarten|sartén)
me (rompe|va_a_romper|rompio|rompió|parte|va_a_partir) (la_cara|la_madre|la_boca|el_hocico)
me (ha_dado|dio|da|daba|han_dado) (puños|punos|puñetazos|punetazos|golpes|cachetadas|chingadazos|madrazos|patadas)

[CUT_VERB]
cortar
corta
cortando
quema
quemando

[ATTACK_PLAN]
(se_donde|se_a_que_hora) (se_sientan|comen|estan|llegan)
(todos|ellos) (van_a_ver|la_van_a_pagar)
(ya)? (se|sé|sabemos) donde (vive|viven|trabaja|estudia)
(ya_lo_tengo|lo_tengo|ya_la_tengo) (bien)? (pensado|planeado)
(ya_se|ya_sé) (en_que|en_qué|donde|dónde|a_que_hora|a_qué_hora) (cancha|salon|salón|clase|parada|vive|juega|sale|trabaja)
(esperarlo|esperarla|esperarlos|a_esperarlo|emboscarlo) (en|afuera|a_la_salida|saliendo)
(esta_vez|ahora_si|ahora_sí) no se (salva|escapa|me_escapa)
(para|pa) (pelearnos|agarrarnos|darnos|partirnos) con (los|las|unos)

[RAGE]
(rompiendo|aventando|quebrando) (todo|cosas)
(gritandole|gritándole|gritando) a (mi|mis|nosotros|el|él|ella)
(rompio|rompió|rompieron|quebraron|quebró) (la|las|una)? (ventana|ventanas|puerta|tele)
(rompió|rompio|rompe|está_rompiendo|esta_rompiendo|quebró|quebro|aventó|avento) (la|el|las|los)? (tele|tv|televisión|television|platos|vidrios|puerta|ventana|cosas)

[DOMESTIC]
(le_pego|le_pega|golpea|golpeo|le_pegaba|ahorco) a mi (mama|ama|jefa|hermana|hermano|hermanita|hermanito)
(esta|está|anda)? (pegandole|pegándole|golpeando|golpeandole|golpeándole) a mi (mama|mamá|mami|mai|tia|tía|hermana|abuela)
(le)? (esta|está|anda)? (pegando|golpeando|dando|madreando|chingando) a mi (ama|amá|mama|mamá|mami|mai|jefa|tia|tía|hermana|abuela)

[COMING]
(viene|vienen|venia) (pa|para|a) mi cuarto
(viene|vienen) por mi
(venir|viene|va_a_venir|vendra) a mi (cuarto|cama)
(va_a|quiere|iba_a) (entrar|meterse|venir) a mi (cuarto|cama|recamara)
(tocando|toca|golpeando|golpea) la puerta de mi (cuarto|recamara)
(el|él) viene (esta_noche|otra_vez|hoy|a_mi_cuarto|cuando)
(esta|está|anda|sigue) (afuera|fuera|parado_afuera) de mi (cuarto|puerta|recamara|recámara)
(intento|intentó|trata|trató|quiere|quería|queria) (abrir|forzar) (la|mi) puerta
(deja|dejes|dejar|dejara) (tu|la|mi) puerta (sin_seguro|abierta|sin_llave)
(ahorita|ya)? (sube|va_a_subir|subió|subio|viene) por (mi|mí)
(tocando|toca|golpeando|golpea) la puerta (del|de_mi) (cuarto|baño|recámara|recamara)
(dice|quiere|me_dice) que le abra
(va_a_venir|viene|vendrá|vendra|va_a_llegar) a mi (traila|trailer|tráiler)

[ACCIDENT_DEATH]
(choque|choca|se_estrelle|se_estrella|me_atropelle|me_atropellen|atropellara|me_de_algo|me_enferme)

[URGE]
(las|unas) ganas (de_hacerlo|de_cortarme)
(me_urge|necesito_hacerlo)

[GROOMING]
(amigo|novio|novia) (de_internet|en_linea|de_snap|de_free_fire)
(nunca_lo_he|no_lo_conozco) en persona
(me_quede|quedarme|me_quedo|quede) (solita|solito|sola|solo) (con_el|despues|con_ella)
(soy|eres) (su|tu) (favorita|favorito|consentida|consentido)
(me_manda|me_escribe|me_envia) (mensajes|fotos) (raros|raras|feos|en_la_noche) ~ (2am|3am|1am|madrugada|noche)?
mensajes raros a las <n>
un (señor|senor|viejo|hombre|man|tipo) (del_edificio|de_la_cuadra|del_barrio|de_la_tienda|del_trabajo) le (da|regala|ofrece|compra) (dinero|cosas|regalos|dulces)
le pide que vaya a su (apartamento|casa|cuarto|carro|departamento)

[DO_IT_NOW]
(lo_hago|lo_voy_a_hacer|hacerlo|lo_hare) (hoy|esta_noche|manana|cuando|ya)?

[ALONE]
(no_hay_nadie|nadie_esta) en (la_casa|casa)
(sola|solo) en (la_casa|casa)
(mis_papas|mi_mama|mi_ama|todos) (no_estan|salieron|se_fueron)
cuando mi (mama|mamá|mai|ma|abuela|tia|tía) se (va|vaya|vaya_pal_turno|va_a_trabajar|vaya_a_trabajar)
cuando (mami|mi_mami|mi_jefa|mi_ma) se (va|vaya|vaya_pal_trabajo|va_pal_trabajo|vaya_a_trabajar|va_a_trabajar)
(sola|solo) en (la_traila|la_traila|el_cuarto|el_apartamento|el_depa|el_departamento|la_troca)

[REVEAL]
(ok|bueno|ya)? (soy_yo|era_yo|fui_yo)

[EXCUSE]
(no_fue_a_proposito|fue_mi_culpa|dice_que_se_cayo)
(me)? dijo que dijera
que (dijera|diga) que fue
no quiero que (lo|la|los) (metan_en_problemas|arresten|se_lo_lleven|castiguen)

[REALLY]
en serio
neta
no es broma
no estoy jugando
no es (broma|chiste)
no (estoy|ando) (bromeando|jugando)

[PICS_REQUEST]
(pide|pidio|piden|pidiendo|pidiendome) (fotos|mas_fotos|una_foto|packs)

[TAKE_ALL]
(me_las_tomo|tomarmelas|me_las_voy_a_tomar|me_los_tomo|me_las_trago) (todas|todos)?

[FROM_ACTOR]
(de_mi|del|que_me_dejo_mi) (papa|padrastro|mama|madrastra|tio|abuelo|apa|ama)

[ALCOHOL]
(shots|tequila|vodka|ron|mezcal|chelas|cheves|caguamas|whisky|aguardiente|guaro)
(alcohol|cerveza|cervezas|vino|tomando|pisto)

[RETRACT]
(no_es_cierto|ok_no|mentira|nel_mentira|es_broma|es_chiste)

[SOMEONE_ELSES]
(que|cuando|desde_que) (se_murio|murio|fallecio|lo_mataron|la_mataron)

[ACCEPT]
(no_me_importaria|me_daria_igual|estaria_bien)

[LOCKED_IN]
(encerrada|encerrado|me_encerre) en el (bano|cuarto|closet)

[MEET_ALONE]
(quiere|quiso|pidio|pidió) (que)? (vaya|la_vea|lo_vea|nos_veamos|verla|verme|conocerla|conocerme) (sola|solo|a_solas|a_su_casa|a_su_cuarto|a_su_carro|a_su_troca)
(quiere|quiso|pidio|pidió) que (vaya_sola|vaya_solo|la_vea_sola|lo_vea_solo)
(a_solas|los_dos_solos|sin_mis_papas|sin_mis_papás)

[DREAD]
(ya)? (se|sé) lo que (va_a|me_va_a|le_va_a) (pasar|hacer)
como la (otra_vez|ultima_vez|última_vez|vez_pasada)

[PARENTS_UNAWARE]
(mis_papas|mis_papás|mi_mama|mi_mamá|mi_papa|mi_papá|mis_jefes) no (saben|sabe)
(mi_ama|mi_amá|mi_mama|mi_mamá|mi_apa|mi_apá|mi_papa|mi_papá|mi_jefa|mi_jefe) (ni|no) (sabe|se_imagina)

[GO_AWAY]
(nos_vamos|nos_fuimos|nos_escapamos) (pa|para|a)
(me_voy_a_ir|me_voy|nos_vamos_a_ir|nos_vamos) a vivir con
(me_voy_a_ir|me_voy|nos_vamos_a_ir|me_ire|me_iré) con

[SYMPTOM]
(el)? pecho me (aprieta|duele|arde)
(me_siento|estoy|ando) (mareado|mareada)
(respira|respirando) (raro|feo|muy_lento|poquito)
(esta|está|anda) temblando
(esta|está) (bien|muy|re)? (caliente|ardiendo|hirviendo)
habla (raro|chistoso|arrastrado|bien_raro|cosas_raras)
(confundido|confundida|sudando|sudada|sudado)
(nomas|nomás|solo|sólo) (duerme|esta_dormido|está_dormido|se_la_pasa_dormido)
(el)? pecho (le|me) (aprieta|duele|arde)
(esta|está|anda|se_ve) (bien|muy|re)? (mareada|mareado|palida|pálida|palido|pálido|vomitando|devolviendo)
(mucha|tanta|muchisima|muchísima|un_chingo_de) sed
no (puede|puedo) hablar (bien)?
(el)? temblor
(corazón|corazon) (bien|muy|re|super)? (acelerado|rapido|rápido|a_mil)
(quijada|mandíbula|mandibula) (apretada|trabada)
(tengo|con|me_dio|me_da) (calentura|fiebre)
(bien|muy|re)? (rojo|roja|hinchado|hinchada) y caliente

[USE_WEAPON]
(va|van|voy|vamos) a (usar|usarla|usarlo|disparar|dispararle)

[SCARS]
(cicatrices|cicatriz)

[DOING_IT]
(dice|dijo|dicen) que fue

[WAITING_FOR_ME]
(esperando|esperándome|esperandome|esperándolo|esperandolo) (a_mi|a_mi_primo|a_mi_hermano|afuera)?
(me_estan|me_están|me_esta|me_está) (esperando|esperando_afuera)
(esperandome|esperándome)
(a_buscar|buscando|van_a_buscar) a (mi|mis) (primo|hermano|amigo|carnal|compa|prima|hermana)

[BRING_WEAPON]
(traer|traerá|traera|trae|llevar|llevara|llevará|lleva) (una|un|unos|unas)? (navaja|navajas|cuchillo|cuchillos|pistola|arma|armas|bate|bates|fierro|cuete)
(traen|trae|traían|traian|andan_con|anda_con) (cuetes|armas|pistolas|fierros|navajas|cuchillos|un_cuete)
(cargo|traigo|llevo|cargaba|ando_con) (la|una|mi|el|un) (navaja|pistola|cuete|fierro|cuchillo|arma)
(traer|trae|llevar|lleva|va_a_traer|va_a_llevar) (el|la|su) (rifle|pistola|arma|cuete|escopeta|fierro) (de_su_papa|de_su_papá|de_su_tio|de_su_tío|de_su_jefe|de_su_apa|de_su_apá)?
(traer|trae|llevar) (el|la|su) (machete|cuchillo|navaja) (de_mi_apa|de_mi_apá|de_mi_papa|de_mi_papá|de_su_papa|de_su_papá)?
(conseguir|consiguió|consiguio|consigue|comprar|compró|compro) (una|un)? (pistola|arma|cuete|fierro|escuadra)
(traer|trae|llevar|lleva|va_a_traer|va_a_llevar) algo (para_que|pa_que) (todos|todo_el_mundo|nadie|le_tengan|lo_respeten)
(traer|trae|llevar|lleva|va_a_llevar|va_a_traer|llevara|traera) (una|un)? (fusca|escuadra|cuete|cohete)
(ya_lo|ya_la) tengo en la mochila
(escondió|escondio|esconde|guardó|guardo|guarda) (un|una|el|la) (cuchillo|navaja|pistola|arma|fierro|fusca) (debajo|abajo|en)
(lleva|llevan|trae|traen|va_a_llevar) (un|una)? (bat|bate|tubo|cadena|machete)

[DECIDED]
ya lo (pense|pensé|decidi|decidí|tengo_decidido) (bien)?

[PLAN_HOW]
(solo|nomas|nomás|ya_solo|ya_nomas)? me falta (decidir|ver|saber|elegir) (como|cómo|cuando|cuándo|con_que)

[SH_PREP]
(desarme|desarmé|rompi|rompí|abri|abrí|desbarate|desbaraté) (un|el|mi) (sacapuntas|rastrillo|rastrillo_desechable)
(saque|saqué|sacar|sacando) la (navajita|cuchilla|hojita)

[CANT_STOP]
(no_puedo|no_puede|no_puedo) (parar|dejar_de|detenerme|pararle)
no (para|paraba|deja) de (salir|sangrar)
(no_para|no_se_detiene|no_deja_de_salir|no_para_de_salir)

[GANG]
(los|unos) (del_otro_barrio|de_otro_barrio|del_barrio_contrario|contrarios|mareros|pandilleros|cholos_de_otro_barrio)
(pandilla|pandilleros|la_clica|la_mara|los_mareros|los_de_la_pandilla)
(la_otra|otra|la_contraria) clica
(los_de_la|la|una|la_otra) (clika|klika)
(los|unos) de (la_otra|otra) (colonia|cuadra|calle|escuela|prepa)

[ADULT]
(papa|papá|padre|padrastro|mama|mamá|madrastra|tio|tío|tia|tía|abuelo|primo_mayor)
(entrenador|maestro|profe|profesor|pastor|padrecito|sacerdote|jefe|patron|patrón|vecino|doctor)
(el_novio_de_mi_mama|el_novio_de_mi_mamá|el_esposo_de_mi_mama|el_esposo_de_mi_mamá)
(mayordomo|capataz|patron|patrón|mayordoma)

[REVENGE]
(los|a_los) que (lo|me|nos|la|le) (asaltaron|robaron|golpearon|pegaron|balearon|brincaron)
(pa|para) (asustar|darles_una_leccion|darles_una_lección|vengarse_de|desquitarse_con) ~ que (lo|la|me|nos|los|les)? (molestan|molesta|molestaban|hacen_bullying|hicieron|pegaron)
(vengar|vengarse|venganza|desquitarse|desquite)

[ME]
me

[MY]
mi
mis

[SAID_NO]
(le_dije|dije|le_decia|le_decía|le_grite|le_grité) que no
(lo|la) (empuje|empujé) (pero)?

[DIDNT_STOP]
no (paro|paró|se_detuvo|se_paro|se_paró|me_solto|me_soltó|me_dejo|me_dejó)
(siguio|siguió|seguia|seguía) (y_siguio|igual)?

[SHOOTING_NEAR]
(hubo|hay|fue) una (balacera|baleada|balacera_en|tiroteo)
(balacera|tiroteo|baleada) (en|cerca_de|afuera_de|enfrente_de) (mi|nuestra|la) (calle|cuadra|casa|escuela|colonia|edificio|esquina)
(le|les) (dieron|pegaron|metieron) (un_balazo|un_tiro|balazos|tiros)? a mi (vecino|vecina|primo|prima|amigo|amiga|tio|hermano)
(mataron|balearon|balacearon) a mi (vecino|vecina|primo|prima|amigo|amiga|tio|hermano)

[HEAD_HIT]
se (pego|pegó|golpeo|golpeó|dio) (en_la_cabeza|un_golpe_en_la_cabeza|un_madrazo_en_la_cabeza)
(golpe|golpazo|madrazo) en la cabeza
(conmocion|conmoción)

[CONDITION]
(diabetico|diabética|diabetica|diabético|diabetes|epileptico|epiléptico|epileptica|epilepsia|asma|asmatico|alergico|alérgico|alergica)

[NEGLECT_OTHER]
(la|lo|los|las) (encierra|encierran|encerro|encerró|deja_encerrada|deja_encerrado)
no (la|lo|los|las) (deja|dejan|dejaba) comer
no (le|les) (da|dan|daba) de comer
se queda (sola|solo|solitos|solitas|solas|solos) (en_la_casa|en_el_apartamento|en_el_depa|en_el_departamento|todo_el_día|todo_el_dia|toda_la_noche)

[GUN_TAKEN]
(cargue|cargué|cargo|cargó) (la|el) ~ (pistola|rifle|escopeta|arma|cuete)
ya (la|lo) (baje|bajé|saque|saqué|agarre|agarré|tengo_conmigo)

[LURE]
(nos|me) (consigue|va_a_conseguir|consigue_un|promete|prometio|prometió|ofrece|ofrecio|ofreció) (trabajo|chamba|cuarto|papeles|donde_vivir|casa)
(que|a_quien|al_que) (ni)? (conocemos|conozco|conoce)
(me_paga|me_compra|me_manda|me_paga_el) (el_bus|el_boleto|el_pasaje|el_camion|el_camión|bus|boleto|pasaje)

[AT_ALL]
(o|tal_vez|a_lo_mejor|quizas|quizás|o_nunca) (nunca|para_siempre|ya_no)

[PUNISHMENT]
para (enseñarme|ensenarme|que_aprenda|castigarme)
(de|como) castigo

[SOMETHING_HAPPENED]
algo (paso|pasó|me_paso|me_pasó|malo_paso|malo_pasó) (en|con|cuando|despues|después)

[NO_MEMORY]
no (me_acuerdo|recuerdo|me_acuerdo_de|me_acuerdo_bien) (de_nada|que_paso|qué_pasó|bien|nada|lo_que_paso|lo_que_pasó)

[MONEY_DEMAND]
si no (les|le|te)? (pago|mando|doy|envio|envío|deposito)

[EXPOSE_PICS]
(las_van_a|van_a|la_va_a|va_a) (mandar|subir|publicar|enseñar|ensenar|pasar)
(vienen|viene|van_a_venir)

[ABUSE_SIGN]
(anda|viene|llega|siempre_anda|siempre_viene) (siempre)? con (moretones|moretes|golpes|marcas|la_cara_hinchada)

[OTHER_LOCKED_IN]
se (encerro|encerró|encierra|encerraba) en (el|la|su) (baño|bano|cuarto|carro|recamara|recámara)

[TARGET]
(al|a_la|a_los|a_las|a_quien|a_ese|a_esa) que (me|nos)? (molesta|molestan|molestaba|molestaban|hace_bullying|hacen_bullying|pega|pegan)

[NOT_AN_ACCIDENT]
para sentir algo
(no_es|no_fue) (para_morirme|un_accidente|sin_querer)

[SERIOUS]
no es (broma|chiste|juego|cotorreo)
no estoy (bromeando|jugando|cotorreando)
(en_serio|de_verdad) no (es_broma|estoy_jugando)
lo (dijo|dice) (bien|muy|super|re|bn) (serio|en_serio)
pero va a pasar
(tarde_o_temprano|de_que_pasa|ya_verán|ya_veran) (pasa|va_a_pasar)?

[STALKING]
me (sigue|siguen|anda_siguiendo|esta_siguiendo|está_siguiendo) (a_todos_lados|a_todas_partes|por_todos_lados)?
(no_deja_de|sigue) (aparecer|apareciendo|aparecerse) (donde|en)

[EXPLOITED]
(le|les|me) (paga|pagan|pagaba|pagó|pago|dan|da) (dinero|lana|feria|pisto)? (por|para|pa) (llevar|cargar|entregar|guardar|mover|vender|pasar) (paquetes|cosas|bolsas|mochilas|mota|droga|bultos)

[ON_THE_NEWS]
(va|vamos|van) a (salir|aparecer) en (las_noticias|la_tele|el_noticiero)

[DOOR_ATTACK]
(pateando|patea|pateó|pateo|golpeando|rompiendo|rompió|tumbando|tumbó) (la|mi) puerta (del_baño|de_mi_cuarto|del_cuarto)?

[DID_IT]
ya (empece|empecé|comence|comencé)

[HIDING]
(estoy|me_escondí|me_escondi|escondida|escondido) (en|debajo_de) (el|la|mi) (closet|clóset|cama|baño|ropero)

[SEXUAL_HINT]
me (dice|decía|decia|dijo) cosas (y|e)? (me_agarra|me_toca|me_manosea|me_soba)
(me_agarra|me_toca|me_manosea|me_soba) cuando (estoy_sola|estoy_solo|no_hay_nadie|estamos_solos|estoy_arriba)

[WORTHLESS]
(no_sirvo|no_sirve) (para|pa) (nada)
(soy|es) (un|una)? (estorbo|carga)

[EXPOSED]
(nos|me|le) (fumigaron|rociaron|echaron) (el|la)? (veneno|químico|quimico|spray|líquido)
(respiré|respire|respiramos) (el|los)? (gas|químicos|quimicos|veneno)

[BITE]
# an animal bite (with fever: infection)
me (mordió|mordio|picó|pico) (un|una) (perro|víbora|vibora|araña|arana|alacrán|alacran|serpiente|gato)

[SCARED]
(tengo|me_da|me_dio|siento) (mucho)? miedo
(estoy|ando) (bien|muy|re)? (asustada|asustado|aterrada|aterrado)
