# Lemma classes ("synsets") used by the pattern files. Written for Chronicle.
# `@name = lemma lemma …`; a member may be another synset (`@other`) and a
# two-word compound is written with `_` (`martial_law` matches "martial law"
# when "martial" is a compound dependent of "law"). Repeating a name adds members.

@troops = troop platoon squad company soldier force army unit battalion brigade division regiment reservist conscript personnel serviceman servicemen marine paratrooper contingent military infantry commando militia fighter sailor
@weapons = weapon missile tank warship ship vessel jet aircraft plane bomber submarine artillery rocket drone launcher battery howitzer carrier destroyer frigate warhead arm armour armor hardware iskander s-400 system
@police = police policeman officer gendarme guard security riot_police
@crowd = protester demonstrator activist people student worker crowd resident citizen farmer teacher opponent supporter marcher union employee doctor nurse miner driver trucker woman villager thousand hundred dozen
@workers = worker union employee teacher doctor nurse miner driver trucker staff pilot docker member
@sanction_n = sanction embargo penalty tariff levy
@restriction_n = restriction curb limit ban
@aid_n = material medicine vaccine $ € £ dollar euro pound million billion aid assistance help relief supply food medicine medication loan grant fund funding money package donation equipment ammunition vaccine tent blanket water support shelter credit cash
@military_aid = weapon arm ammunition missile tank equipment artillery rocket drone system launcher howitzer jet military_aid
@talks = talk negotiation meeting summit dialogue consultation discussion conference session negotiations
@agreement = agreement deal treaty accord pact ceasefire truce memorandum plan proposal compromise resolution protocol roadmap framework convention charter declaration contract
@attack_n = attack strike airstrike assault offensive raid bombing shelling invasion incursion operation bombardment ambush counteroffensive counterattack onslaught barrage
@protest_n = protest demonstration rally march strike sit-in picket vigil walkout boycott
@investigation_n = investigation probe inquiry enquiry audit review
@diplomat = ambassador envoy diplomat attache attaché consul charge emissary representative
@relations_n = relation tie link contact
@media = newspaper media outlet website site channel broadcaster station radio television tv publication book film paper magazine internet facebook twitter telegram youtube platform network
@detainee = prisoner detainee captive hostage pow soldier national citizen journalist activist body remains
@territory_n = field oilfield mine building facility residence compound headquarters territory land city town village region area province island border airport port base plant facility district capital control station pipeline
@property_n = asset property ship vessel cargo account fund land house home estate tanker aircraft plane yacht
@utility = electricity power water gas internet supply supplies food fuel heating communication phone
@concern_n = concern outrage anger dismay displeasure alarm indignation disappointment frustration objection opposition protest reservation criticism
@support_n = support solidarity gratitude appreciation thanks backing sympathy condolence admiration confidence
@guilty = guilty liable responsible culpable

# Complement verbs, for modes of REQUEST/REJECT/THREATEN/AGREE.
@violence_v = attack strike invade bomb shell kill destroy hit retaliate fight wipe annihilate crush attack respond shoot nuke punish eliminate
@restrict_v = impose sanction block ban boycott blockade cut halt restrict suspend close embargo shut
@arrest_v = arrest detain jail imprison prosecute
@expel_v = expel deport oust kick
@territory_v = seize occupy annex take capture invade conquer
@relations_v = cut sever break suspend end halt withdraw recall downgrade freeze quit leave review reconsider
@meet_v = meet talk negotiate discuss visit consult host resume engage sit hold
@help_v = help assist aid support supply provide send give deliver fund finance donate arm equip train
@change_v = resign step change reform reverse stop end halt cease scrap repeal abandon drop amend revise replace dismiss fire remove
@yield_v = release free lift ease cease withdraw pull return hand allow open reopen unblock
@withdraw_v = withdraw leave pull retreat evacuate remove
@coop_v = cooperate collaborate work partner coordinate share trade join exchange invest
@yield_n = release freedom ceasefire truce withdrawal pullout lifting easing return exit
@change_n = end halt resignation reform change reversal removal dismissal ouster overhaul repeal step-down
@help_n = help assistance aid support protection weapon arm supply equipment money fund funding loan relief
@person_role = president minister counterpart leader chancellor king premier secretary prime ambassador envoy head chief
@state_role = government administration ministry kremlin
@disaster = stampede accident crash fire flood earthquake storm collision blast explosion disaster landslide avalanche hurricane cyclone typhoon tsunami heatwave outbreak epidemic pandemic
