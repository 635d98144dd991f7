# Material conflict patterns: PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT.
# Format (docs/patterns.md):  ID  TYPE  MODE|-  TRIGGER  [constraints] [roles] [ctx=…] [aux=…]
# Written for Chronicle from the PLOVER 2.0 definitions.

## PROTEST — collective civilian protest
protest.protest        PROTEST demo v:protest recip=p:against,obj,p:outside,p:at
protest.demonstrate    PROTEST demo v:demonstrate !obj=* recip=p:against,p:outside,p:at,p:in
protest.rally          PROTEST demo v:rally recip=p:against,p:outside
protest.march          PROTEST demo v:march recip=p:against,p:on,p:to
protest.picket         PROTEST demo v:picket
protest.gather         PROTEST demo v:gather subj=@crowd recip=p:outside,p:against
protest.take-streets   PROTEST demo v:take p:to=street recip=p:against
protest.chant          PROTEST demo v:chant subj=@crowd recip=p:against
protest.riot           PROTEST riot v:riot
protest.clash-police   PROTEST riot v:clash subj=protester|demonstrator|rioter|student|fan|crowd|youth recip=p:with
protest.strike-workers PROTEST strike v:strike subj=@workers
protest.go-on-strike   PROTEST strike v:go p:on=strike|hunger_strike
protest.walk-off       PROTEST strike v:walk+off
protest.stage-protest  PROTEST demo v:stage obj=@protest_n recip=obj>p:against,p:against,p:outside
protest.hold-protest   PROTEST demo v:hold obj=protest|rally|demonstration|march|vigil|sit-in|picket recip=obj>p:against,p:against,p:outside
protest.organize-prot  PROTEST demo v:organize obj=protest|rally|demonstration|march|sit-in recip=obj>p:against,p:against
protest.stage-strike   PROTEST strike v:stage obj=strike|walkout recip=obj>p:against,p:against
protest.hold-strike    PROTEST strike v:hold obj=strike|walkout recip=obj>p:against
protest.call-strike    PROTEST strike v:call obj=strike|walkout recip=obj>p:against
protest.hunger-strike  PROTEST hunger v:go p:on=hunger_strike
protest.stage-hunger   PROTEST hunger v:stage obj=hunger_strike
protest.boycott        PROTEST boycott v:boycott
protest.block-road     PROTEST obstruct v:block subj=@crowd obj=road|highway|street|entrance|access|bridge|port|border|crossing|railway|traffic
protest.blockade-crowd PROTEST obstruct v:blockade subj=@crowd
protest.barricade      PROTEST obstruct v:barricade
protest.occupy-crowd   PROTEST obstruct v:occupy subj=@crowd
protest.vandalize      PROTEST vandalize v:vandalize
protest.vandalise      PROTEST vandalize v:vandalise
protest.deface         PROTEST vandalize v:deface
protest.n-protest      PROTEST demo n:protest recip=p:against,p:outside,p:at
protest.n-demo         PROTEST demo n:demonstration recip=p:against,p:outside,p:at
protest.n-rally        PROTEST demo n:rally recip=p:against,p:outside
protest.n-march        PROTEST demo n:march recip=p:against,p:on
protest.n-sit-in       PROTEST demo n:sit-in recip=p:against,p:at
protest.n-vigil        PROTEST demo n:vigil recip=p:outside,p:at
protest.n-picket       PROTEST demo n:picket
protest.n-riot         PROTEST riot n:riot
protest.n-strike-gen   PROTEST strike n:strike+general
protest.n-strike-hung  PROTEST hunger n:strike+hunger
protest.n-walkout      PROTEST strike n:walkout
protest.n-boycott      PROTEST boycott n:boycott recip=p:of,p:against
protest.n-blockade-crd PROTEST obstruct n:roadblock

## SANCTION — reduce relations
sanction.sanction      SANCTION discontinue v:sanction
sanction.impose        SANCTION discontinue v:impose obj=@sanction_n recip=p:on,p:against,obj>p:on,obj>p:against,p:to ctx=economic
sanction.slap          SANCTION discontinue v:slap obj=@sanction_n recip=p:on,obj>p:on,p:against
sanction.announce      SANCTION discontinue v:announce obj=@sanction_n recip=p:on,p:against,obj>p:on,obj>p:against
sanction.approve-sanc  SANCTION discontinue v:approve obj=@sanction_n recip=p:on,p:against,obj>p:on,obj>p:against
sanction.extend-sanc   SANCTION discontinue v:extend obj=@sanction_n recip=p:on,p:against,obj>p:on,obj>p:against
sanction.tighten       SANCTION discontinue v:tighten obj=@sanction_n|embargo|blockade|screw recip=p:on,obj>p:on,obj>p:against
sanction.target-sanc   SANCTION discontinue v:target p:with=@sanction_n recip=obj
sanction.blacklist     SANCTION discontinue v:blacklist
sanction.embargo       SANCTION discontinue v:embargo
sanction.cut-ties      SANCTION withdraw v:cut obj=@relations_n recip=p:with,obj>p:with ctx=diplomatic
sanction.sever-ties    SANCTION withdraw v:sever obj=@relations_n recip=p:with,obj>p:with ctx=diplomatic
sanction.break-ties    SANCTION withdraw v:break+off obj=@relations_n|@talks recip=p:with,obj>p:with ctx=diplomatic
sanction.break-rel     SANCTION withdraw v:break obj=@relations_n recip=p:with,obj>p:with ctx=diplomatic
sanction.downgrade     SANCTION withdraw v:downgrade obj=@relations_n|tie recip=p:with,obj>p:with ctx=diplomatic
sanction.recall        SANCTION withdraw v:recall obj=@diplomat recip=p:from,obj>p:to ctx=diplomatic
sanction.withdraw-env  SANCTION withdraw v:withdraw obj=@diplomat|observer|monitor|mission|aid|funding|support|staff|delegation recip=p:from ctx=diplomatic
sanction.withdraw-pact SANCTION withdraw v:withdraw p:from=@agreement|organization|alliance|union|council|talk|negotiation|court|bloc|pact|program|programme
sanction.pull-out-pact SANCTION withdraw v:pull+out p:of=@agreement|organization|alliance|talk|negotiation|deal
sanction.quit-org      SANCTION withdraw v:quit obj=@agreement|organization|alliance|union|council|talk|negotiation|bloc|pact
sanction.leave-org     SANCTION withdraw v:leave obj=@agreement|organization|alliance|union|council|talk|negotiation|bloc|pact|nato|eu
sanction.halt-talks    SANCTION withdraw v:halt obj=@talks recip=p:with,obj>p:with ctx=diplomatic
sanction.suspend-talks SANCTION withdraw v:suspend obj=@talks recip=p:with,obj>p:with ctx=diplomatic
sanction.suspend       SANCTION discontinue v:suspend obj=aid|assistance|cooperation|relation|tie|flight|export|import|trade|funding|payment|delivery|supply|program|programme|membership|contract|deal|agreement|treaty|participation|visa recip=p:to,p:with,obj>p:to,obj>p:with,obj>poss,obj>p:for
sanction.suspend-from  SANCTION expel v:suspend p:from=organization|council|league|union|body|committee|alliance|game|tournament|competition recip=obj
sanction.halt          SANCTION discontinue v:halt obj=aid|assistance|cooperation|flight|export|import|trade|funding|payment|delivery|supply|shipment|purchase recip=p:to,obj>p:to,obj>p:from
sanction.stop-aid      SANCTION discontinue v:stop obj=aid|assistance|funding|export|import|trade|delivery|supply|shipment|payment recip=p:to,obj>p:to
sanction.cut-aid       SANCTION discontinue v:cut obj=aid|assistance|funding|export|import|trade|supply|payment|support recip=p:to,obj>p:to,obj>p:for
sanction.cut-off       SANCTION discontinue v:cut+off obj=aid|assistance|funding|trade|supply|relation|tie|payment recip=p:to,obj>p:to,p:from
sanction.freeze        SANCTION discontinue v:freeze obj=@property_n|asset|account|fund|aid|funding|reserve|relation|tie|cooperation recip=obj>poss,obj>p:of,obj>p:belonging ctx=economic
sanction.ban-trade     SANCTION discontinue v:ban obj=import|export|flight|trade|investment|product|purchase|sale|oil|gas|good recip=obj>p:from,obj>p:to,p:from,p:to ctx=economic
sanction.terminate     SANCTION discontinue v:terminate obj=@agreement|contract|cooperation|relation|tie|partnership|membership
sanction.cancel-deal   SANCTION discontinue v:cancel obj=@agreement|contract|order|purchase|sale|visa|license|licence|accreditation|permit recip=p:with,obj>p:with,obj>poss
sanction.revoke        SANCTION discontinue v:revoke obj=license|licence|visa|accreditation|permit|status|membership|citizenship|credential|privilege recip=obj>poss,obj>p:of,iobj
sanction.withhold-aid  SANCTION discontinue v:withhold obj=aid|assistance|funding|payment|support|fund recip=p:from,obj>p:to,obj>p:for
sanction.reduce-aid    SANCTION discontinue v:reduce obj=aid|assistance|funding|presence|staff|tie recip=p:to,obj>p:to,obj>p:in
sanction.expel-dipl    SANCTION expel v:expel obj=@diplomat|observer|monitor|inspector|peacekeeper|mission|member recip=obj ctx=diplomatic
sanction.expel-from    SANCTION expel v:expel p:from=organization|party|council|league|union|body|committee|alliance
sanction.kick-out      SANCTION expel v:kick+out p:of=organization|party|council|league|union|body|committee|alliance
sanction.exclude       SANCTION expel v:exclude p:from=organization|council|league|union|body|committee|alliance|summit|talk|meeting|competition|game|market|system|swift
sanction.close-embassy SANCTION withdraw v:close obj=embassy|consulate|mission|office recip=p:in,obj>p:in ctx=diplomatic
sanction.convict       SANCTION convict v:convict ctx=legal
sanction.find-guilty   SANCTION convict v:find xcomp=@guilty ctx=legal
sanction.sentence      SANCTION convict v:sentence ctx=legal
sanction.fine          SANCTION convict v:fine ctx=legal
sanction.penalize      SANCTION convict v:penalize ctx=legal
sanction.penalise      SANCTION convict v:penalise ctx=legal
sanction.order-pay     SANCTION convict v:order xcomp=pay|compensate ctx=legal
sanction.rule-against  SANCTION convict v:rule+against recip=p:against ctx=legal
sanction.n-sanction    SANCTION discontinue n:sanction recip=p:on,p:against ctx=economic
sanction.n-embargo     SANCTION discontinue n:embargo recip=p:on,p:against ctx=economic
sanction.n-suspension  SANCTION discontinue n:suspension recip=p:to,p:of,p:for
sanction.n-expulsion   SANCTION expel n:expulsion recip=p:of
sanction.n-conviction  SANCTION convict n:conviction recip=p:of ctx=legal
sanction.n-sentence    SANCTION convict n:sentence recip=p:for,p:against ctx=legal
sanction.n-freeze      SANCTION discontinue n:freeze recip=p:on,p:of ctx=economic
sanction.n-tariff      SANCTION discontinue n:tariff recip=p:on,p:against ctx=economic
sanction.n-blacklist   SANCTION discontinue n:blacklisting recip=p:of

## MOBILIZE — military/police moves short of force
mobilize.mobilize      MOBILIZE troops v:mobilize ctx=military
mobilize.mobilise      MOBILIZE troops v:mobilise ctx=military
mobilize.deploy        MOBILIZE troops v:deploy recip=p:to,p:near,p:against,p:along,p:in,p:on,obj>p:to,obj>p:near,obj>p:against,obj>p:along,obj>p:in,obj>p:on ctx=military
mobilize.deploy-weap   MOBILIZE weapons v:deploy obj=@weapons recip=p:to,p:near,p:against,p:along,p:in,p:on,obj>p:to,obj>p:near,obj>p:against,obj>p:along,obj>p:in,obj>p:on ctx=military
mobilize.deploy-police MOBILIZE police v:deploy obj=@police recip=p:to,p:against,p:in
mobilize.mass          MOBILIZE troops v:mass obj=@troops|@weapons recip=p:near,p:along,p:on,p:at,p:in,obj>p:near,obj>p:along,obj>p:on,obj>p:at,obj>p:in ctx=military
mobilize.amass         MOBILIZE troops v:amass recip=p:near,p:along,p:on,p:at,p:in,obj>p:near,obj>p:along,obj>p:on,obj>p:at,obj>p:in ctx=military
mobilize.station       MOBILIZE troops v:station recip=p:in,p:near,p:on,p:along ctx=military
mobilize.dispatch      MOBILIZE troops v:dispatch obj=@troops recip=p:to,p:near,p:into ctx=military
mobilize.dispatch-weap MOBILIZE weapons v:dispatch obj=@weapons recip=p:to,p:near,p:into ctx=military
mobilize.send-troops   MOBILIZE troops v:send obj=@troops recip=p:to,p:into,p:near,p:against,obj>p:to,obj>p:into,obj>p:near,obj>p:against ctx=military
mobilize.send-ships    MOBILIZE weapons v:send obj=warship|ship|vessel|carrier|destroyer|frigate|submarine|bomber|jet recip=p:to,p:into,p:near ctx=military
mobilize.move-troops   MOBILIZE troops v:move obj=@troops|@weapons recip=p:to,p:into,p:near,p:toward,p:towards,obj>p:to,obj>p:into,obj>p:near,obj>p:toward,obj>p:towards ctx=military
mobilize.reinforce     MOBILIZE troops v:reinforce ctx=military
mobilize.build-up      MOBILIZE troops v:build+up ctx=military
mobilize.beef-up       MOBILIZE troops v:beef+up ctx=military
mobilize.bolster       MOBILIZE troops v:bolster obj=@troops|presence|defence|defense|force|border ctx=military
mobilize.call-up       MOBILIZE troops v:call+up ctx=military
mobilize.conscript     MOBILIZE troops v:conscript ctx=military
mobilize.draft         MOBILIZE troops v:draft obj=reservist|man|conscript|citizen|recruit|soldier ctx=military
mobilize.alert         MOBILIZE troops v:put p:on=alert|readiness|standby recip=p:against ctx=military
mobilize.place-alert   MOBILIZE troops v:place p:on=alert|readiness|standby ctx=military
mobilize.raise-alert   MOBILIZE troops v:raise obj=alert|readiness|level ctx=military
mobilize.heighten      MOBILIZE troops v:heighten obj=alert|readiness|presence ctx=military
mobilize.scramble      MOBILIZE weapons v:scramble obj=jet|fighter|aircraft|plane|bomber|interceptor ctx=military
mobilize.test-weapon   MOBILIZE weapons v:test obj=@weapons|missile|weapon|bomb|device|rocket ctx=military
mobilize.test-fire     MOBILIZE weapons v:test-fire ctx=military
mobilize.patrol        MOBILIZE troops v:patrol ctx=military
mobilize.exercise      MOBILIZE troops v:hold obj=exercise|drill|maneuver|manoeuvre|war_game|parade ctx=military
mobilize.conduct-ex    MOBILIZE troops v:conduct obj=exercise|drill|maneuver|manoeuvre|war_game|patrol|flight ctx=military
mobilize.stage-ex      MOBILIZE troops v:stage obj=exercise|drill|maneuver|manoeuvre|war_game|parade ctx=military
mobilize.launch-ex     MOBILIZE troops v:launch obj=exercise|drill|maneuver|manoeuvre|war_game ctx=military
mobilize.n-deployment  MOBILIZE troops n:deployment recip=p:to,p:near,p:against,p:in,p:along ctx=military
mobilize.n-deploy-weap MOBILIZE weapons n:deployment p:of=@weapons recip=p:to,p:near,p:against,p:in ctx=military
mobilize.n-mobilization MOBILIZE troops n:mobilization ctx=military
mobilize.n-mobilisation MOBILIZE troops n:mobilisation ctx=military
mobilize.n-buildup     MOBILIZE troops n:buildup recip=p:near,p:along,p:on,p:at ctx=military
mobilize.n-build-up    MOBILIZE troops n:build-up recip=p:near,p:along,p:on,p:at ctx=military
mobilize.n-exercise    MOBILIZE troops n:exercise+military ctx=military
mobilize.n-drill       MOBILIZE troops n:drill recip=p:near ctx=military
mobilize.n-maneuver    MOBILIZE troops n:maneuver ctx=military
mobilize.n-manoeuvre   MOBILIZE troops n:manoeuvre ctx=military
mobilize.n-reinforce   MOBILIZE troops n:reinforcement recip=p:to ctx=military
mobilize.n-test        MOBILIZE weapons n:test+missile ctx=military
mobilize.n-test-nuc    MOBILIZE weapons n:test+nuclear ctx=military,cbrn

## COERCE — repression short of violence
coerce.arrest          COERCE arrest v:arrest ctx=legal
coerce.detain          COERCE arrest v:detain ctx=legal
coerce.jail            COERCE arrest v:jail ctx=legal
coerce.imprison        COERCE arrest v:imprison ctx=legal
coerce.apprehend       COERCE arrest v:apprehend ctx=legal
coerce.round-up        COERCE arrest v:round+up ctx=legal
coerce.nab             COERCE arrest v:nab ctx=legal
coerce.lock-up         COERCE arrest v:lock+up ctx=legal
coerce.take-custody    COERCE arrest v:take p:into=custody ctx=legal
coerce.place-arrest    COERCE arrest v:place p:under=arrest|house_arrest|detention ctx=legal
coerce.put-arrest      COERCE arrest v:put p:under=arrest|house_arrest|detention ctx=legal
coerce.raid            COERCE seize v:raid
coerce.search          COERCE seize v:search obj=home|house|office|premise|headquarters|apartment|building|flat|vessel|ship
coerce.confiscate      COERCE seize v:confiscate recip=obj>poss,p:from
coerce.seize-property  COERCE seize v:seize obj=@property_n|document|passport|equipment|weapon|cargo|shipment|computer|phone|drug recip=obj>poss,p:from,obj>p:of,obj>p:belonging
coerce.seize-terr      COERCE seize v:seize obj=@territory_n recip=obj>p:from,p:from,obj>poss ctx=military
coerce.occupy          COERCE seize v:occupy recip=obj ctx=military,territory
coerce.annex           COERCE seize v:annex recip=obj ctx=military,territory
coerce.expropriate     COERCE seize v:expropriate
coerce.nationalize     COERCE seize v:nationalize
coerce.impound         COERCE seize v:impound
coerce.ban             COERCE restrict v:ban recip=obj,p:from ctx=rights_freedoms
coerce.ban-media       COERCE censor v:ban obj=@media recip=obj
coerce.outlaw          COERCE restrict v:outlaw ctx=rights_freedoms
coerce.bar             COERCE restrict v:bar recip=obj
coerce.censor          COERCE censor v:censor
coerce.block-media     COERCE censor v:block obj=@media|access|post|account recip=obj>p:to,obj
coerce.shut-media      COERCE censor v:shut+down obj=@media|newspaper|outlet|station|channel|website
coerce.close-media     COERCE censor v:close obj=@media|newspaper|outlet|station|channel|website
coerce.restrict        COERCE restrict v:restrict
coerce.curb            COERCE restrict v:curb obj=freedom|right|protest|movement|activity|access|speech|press|media
coerce.impose-restr    COERCE restrict v:impose obj=@restriction_n|control|limit|lockdown|quarantine recip=p:on,obj>p:on ctx=rights_freedoms
coerce.impose-curfew   COERCE curfew v:impose obj=curfew recip=p:on,obj>p:on,p:in,obj>p:in
coerce.impose-martial  COERCE martial-law v:impose obj=martial_law|emergency|law recip=p:on,p:in,obj>p:in,obj>p:on
coerce.declare-martial COERCE martial-law v:declare obj=martial_law|emergency|siege|state_of_emergency recip=p:in,obj>p:in
coerce.suppress        COERCE restrict v:suppress ctx=repression
coerce.repress         COERCE restrict v:repress ctx=repression
coerce.crack-down      COERCE restrict v:crack+down recip=p:on ctx=repression
coerce.clamp-down      COERCE restrict v:clamp+down recip=p:on ctx=repression
coerce.persecute       COERCE restrict v:persecute ctx=repression
coerce.harass          COERCE restrict v:harass ctx=repression
coerce.intimidate-c    COERCE restrict v:silence
coerce.evict           COERCE deport v:evict
coerce.deport          COERCE deport v:deport recip=obj
coerce.expel           COERCE deport v:expel recip=obj
coerce.cut-utility     COERCE withhold v:cut+off obj=@utility recip=p:to,obj>p:to,p:from,p:for ctx=human_security
coerce.cut-utility2    COERCE withhold v:cut obj=@utility recip=p:to,obj>p:to,p:for ctx=human_security
coerce.shut-internet   COERCE withhold v:shut+down obj=internet|network|electricity|power|service recip=p:in
coerce.withhold        COERCE withhold v:withhold obj=@utility|food|medicine|salary|pension|wage
coerce.blockade        COERCE restrict v:blockade ctx=military
coerce.besiege         COERCE restrict v:besiege ctx=military
coerce.encircle        COERCE restrict v:encircle ctx=military
coerce.surround        COERCE restrict v:surround subj=@troops|@police ctx=military
coerce.block-port      COERCE restrict v:block obj=port|border|crossing|access|route|road|shipment|export|grain|corridor|strait subj=@troops|@state_role|@person_role ctx=military
coerce.close-border    COERCE restrict v:close obj=border|crossing|airspace|port|checkpoint|strait recip=p:to,obj>p:to,obj>p:with
coerce.hack            COERCE cyber v:hack ctx=cyber
coerce.cyberattack     COERCE cyber n:cyberattack recip=p:on,p:against ctx=cyber
coerce.n-cyber-attack  COERCE cyber n:attack+cyber recip=p:on,p:against ctx=cyber
coerce.disinform       COERCE misinformation v:spread obj=disinformation|misinformation|propaganda|lie|falsehood ctx=misinformation
coerce.n-arrest        COERCE arrest n:arrest recip=p:of ctx=legal
coerce.n-detention     COERCE arrest n:detention recip=p:of ctx=legal
coerce.n-crackdown     COERCE restrict n:crackdown recip=p:on,p:against ctx=repression
coerce.n-raid          COERCE seize n:raid recip=p:on
coerce.n-ban           COERCE restrict n:ban recip=p:on
coerce.n-curfew        COERCE curfew n:curfew recip=p:on,p:in
coerce.n-censorship    COERCE censor n:censorship recip=p:of
coerce.n-blockade      COERCE restrict n:blockade recip=p:of,p:on ctx=military
coerce.n-siege         COERCE restrict n:siege recip=p:of,p:on ctx=military
coerce.n-occupation    COERCE seize n:occupation recip=p:of ctx=military,territory
coerce.n-annexation    COERCE seize n:annexation recip=p:of ctx=military,territory
coerce.n-deportation   COERCE deport n:deportation recip=p:of
coerce.n-seizure       COERCE seize n:seizure recip=p:of
coerce.n-repression    COERCE restrict n:repression recip=p:of,p:against ctx=repression
coerce.n-persecution   COERCE restrict n:persecution recip=p:of ctx=repression
coerce.n-harassment    COERCE restrict n:harassment recip=p:of ctx=repression

## ASSAULT — force that can cause substantial physical harm
assault.attack         ASSAULT - v:attack
assault.strike         ASSAULT - v:strike recip=obj,p:at,p:on
assault.hit            ASSAULT - v:hit subj=@weapons|@attack_n|@troops|shell|bomb|rocket|missile|drone|strike recip=obj
assault.hit-with       ASSAULT - v:hit p:with=@weapons|shell|bomb|rocket|missile|drone|strike|airstrike recip=obj
assault.bomb           ASSAULT aerial v:bomb
assault.shell          ASSAULT heavy-weapons v:shell
assault.bombard        ASSAULT heavy-weapons v:bombard
assault.pound          ASSAULT heavy-weapons v:pound
assault.blitz          ASSAULT heavy-weapons v:blitz
assault.kill           ASSAULT - v:kill !p:in=@disaster !subj=@disaster
assault.murder         ASSAULT targeted v:murder
assault.assassinate    ASSAULT targeted v:assassinate
assault.execute        ASSAULT targeted v:execute obj=*
assault.massacre       ASSAULT targeted v:massacre
assault.slaughter      ASSAULT targeted v:slaughter
assault.behead         ASSAULT targeted v:behead
assault.lynch          ASSAULT beat v:lynch
assault.shoot          ASSAULT firearms v:shoot
assault.shoot-down     ASSAULT - v:shoot+down
assault.gun-down       ASSAULT firearms v:gun+down
assault.open-fire      ASSAULT firearms v:open obj=fire recip=p:on,p:at,obj>p:on,obj>p:at
assault.fire-on        ASSAULT firearms v:fire+on recip=p:on
assault.fire-at        ASSAULT firearms v:fire+at recip=p:at
assault.fire-missile   ASSAULT heavy-weapons v:fire obj=missile|rocket|shell|mortar|projectile recip=p:at,p:on,p:into,p:toward,p:towards,obj>p:at
assault.fire-gas       ASSAULT crowd-control v:fire obj=gas|tear_gas|bullet|rubber_bullet|cannon|canister recip=p:at,p:on,obj>p:at
assault.use-gas        ASSAULT crowd-control v:use obj=gas|tear_gas|water_cannon|cannon|rubber_bullet|baton|pepper_spray recip=p:against,p:on,obj>p:against
assault.launch-attack  ASSAULT - v:launch obj=@attack_n recip=p:on,p:against,obj>p:on,obj>p:against,p:at,obj>p:at,p:into
assault.launch-missile ASSAULT heavy-weapons v:launch obj=missile|rocket|drone|projectile recip=p:at,p:on,p:into,obj>p:at,p:toward,p:towards
assault.carry-out      ASSAULT - v:carry+out obj=@attack_n|killing|assassination|execution|massacre recip=p:on,p:against,obj>p:on,obj>p:against,p:in
assault.conduct-strike ASSAULT - v:conduct obj=@attack_n recip=p:on,p:against,obj>p:on,obj>p:against,p:in
assault.mount-attack   ASSAULT - v:mount obj=@attack_n recip=p:on,p:against,obj>p:on,obj>p:against
assault.step-up        ASSAULT - v:step+up obj=@attack_n recip=p:on,p:against,obj>p:on,obj>p:against
assault.invade         ASSAULT - v:invade ctx=military
assault.storm          ASSAULT - v:storm
assault.ambush         ASSAULT - v:ambush
assault.assault        ASSAULT - v:assault
assault.target         ASSAULT - v:target subj=@weapons|@troops|strike|missile|rocket|drone|airstrike|shell
assault.target-with    ASSAULT - v:target p:with=@weapons|strike|missile|rocket|drone|airstrike|shell|attack
assault.raze           ASSAULT destroy v:raze
assault.demolish       ASSAULT destroy v:demolish
assault.destroy        ASSAULT destroy v:destroy
assault.sabotage       ASSAULT destroy v:sabotage
assault.blow-up        ASSAULT explosives v:blow+up
assault.detonate       ASSAULT explosives v:detonate
assault.torch          ASSAULT primitive v:torch
assault.burn           ASSAULT primitive v:burn obj=house|home|village|building|car|vehicle|church|mosque|shop|office|crop|field
assault.set-fire       ASSAULT primitive v:set obj=fire recip=p:to,obj>p:to
assault.stab           ASSAULT primitive v:stab
assault.hack-death     ASSAULT primitive v:hack+to
assault.stone          ASSAULT primitive v:stone
assault.beat           ASSAULT beat v:beat obj=*
assault.beat-up        ASSAULT beat v:beat+up
assault.assault-phys   ASSAULT beat v:punch
assault.torture        ASSAULT torture v:torture
assault.rape           ASSAULT sexual v:rape
assault.abduct         ASSAULT abduct v:abduct
assault.kidnap         ASSAULT abduct v:kidnap
assault.hijack         ASSAULT abduct v:hijack
assault.capture        ASSAULT abduct v:capture obj=soldier|fighter|troop|serviceman|servicemen|prisoner|marine|pilot|crew|militant|civilian|hostage|people|man|woman|child
assault.take-hostage   ASSAULT abduct v:take obj=hostage|captive|prisoner
coerce.take-city       COERCE seize v:take obj=control|@territory_n ctx=military
coerce.capture-city   COERCE seize v:capture obj=@territory_n ctx=military
assault.wound          ASSAULT - v:wound
assault.injure         ASSAULT - v:injure subj=*
assault.maim           ASSAULT - v:maim
assault.gas            ASSAULT unconventional v:gas ctx=cbrn
assault.poison         ASSAULT targeted v:poison
assault.fight          ASSAULT - v:fight recip=obj,p:against,p:with ctx=military
assault.battle         ASSAULT - v:battle recip=obj,p:against,p:with ctx=military
assault.clash          ASSAULT - v:clash recip=p:with ctx=military
assault.engage-combat  ASSAULT - v:engage p:in=combat|fighting|battle|clash|firefight|hostility recip=p:with
assault.retaliate      ASSAULT - v:retaliate recip=p:against,p:on
assault.n-attack       ASSAULT - n:attack recip=p:on,p:against,p:in
assault.n-strike       ASSAULT - n:strike recip=p:on,p:against,p:in
assault.n-airstrike    ASSAULT aerial n:airstrike recip=p:on,p:against,p:in
assault.n-air-strike   ASSAULT aerial n:strike+air recip=p:on,p:against,p:in
assault.n-drone-strike ASSAULT drone n:strike+drone recip=p:on,p:against,p:in
assault.n-missile-str  ASSAULT heavy-weapons n:strike+missile recip=p:on,p:against,p:in
assault.n-missile-att  ASSAULT heavy-weapons n:attack+missile recip=p:on,p:against,p:in
assault.n-drone-attack ASSAULT drone n:attack+drone recip=p:on,p:against,p:in
assault.n-bombing      ASSAULT explosives n:bombing recip=p:of,p:on,p:in
assault.n-shelling     ASSAULT heavy-weapons n:shelling recip=p:of,p:on,p:in
assault.n-bombardment  ASSAULT heavy-weapons n:bombardment recip=p:of,p:on,p:in
assault.n-assault      ASSAULT - n:assault recip=p:on,p:against
assault.n-offensive    ASSAULT - n:offensive recip=p:against,p:on,p:in ctx=military
assault.n-counteroff   ASSAULT - n:counteroffensive recip=p:against,p:on,p:in ctx=military
assault.n-invasion     ASSAULT - n:invasion recip=p:of ctx=military
assault.n-incursion    ASSAULT - n:incursion recip=p:into,p:in ctx=military
assault.n-ambush       ASSAULT - n:ambush recip=p:on
assault.n-killing      ASSAULT - n:killing recip=p:of
assault.n-murder       ASSAULT targeted n:murder recip=p:of
assault.n-massacre     ASSAULT targeted n:massacre recip=p:of,p:in
assault.n-assassinat   ASSAULT targeted n:assassination recip=p:of
assault.n-execution    ASSAULT targeted n:execution recip=p:of
assault.n-kidnapping   ASSAULT abduct n:kidnapping recip=p:of
assault.n-abduction    ASSAULT abduct n:abduction recip=p:of
assault.n-hijacking    ASSAULT abduct n:hijacking recip=p:of
assault.n-torture      ASSAULT torture n:torture recip=p:of
assault.n-rape         ASSAULT sexual n:rape recip=p:of
assault.n-shooting     ASSAULT firearms n:shooting recip=p:of,p:at
assault.n-clash        ASSAULT - n:clash recip=p:with,p:between
assault.n-fighting     ASSAULT - n:fighting recip=p:with,p:between
assault.n-battle       ASSAULT - n:battle recip=p:with,p:against,p:for
assault.n-explosion    ASSAULT explosives n:explosion recip=p:at,p:in
assault.n-raid-mil     ASSAULT - n:raid+air recip=p:on
assault.n-suicide      ASSAULT suicide-attack n:bombing+suicide recip=p:on,p:in
assault.n-suicide-att  ASSAULT suicide-attack n:attack+suicide recip=p:on,p:in
assault.n-war          ASSAULT - n:war recip=p:against,p:on,p:with ctx=military
assault.n-aggression   ASSAULT - n:aggression recip=p:against ctx=military

## Additions after reading PLV_train (dev set) phrasing
mobilize.remain-alert  MOBILIZE troops v:remain p:on=alert|standby ctx=military
mobilize.stay-alert    MOBILIZE troops v:stay p:on=alert|standby ctx=military
mobilize.go-alert      MOBILIZE troops v:go p:on=alert ctx=military
protest.stop-work      PROTEST strike v:stop obj=work recip=p:at,p:in
protest.down-tools     PROTEST strike v:down obj=tool
protest.start-strike   PROTEST strike v:start obj=strike|walkout|protest recip=obj>p:against,p:against
protest.begin-strike   PROTEST strike v:begin obj=strike|walkout|protest recip=obj>p:against,p:against
sanction.end-mediation SANCTION withdraw v:end obj=mediation|effort|talk|negotiation|cooperation|aid|assistance|mission|presence|relation|tie recip=p:with,obj>p:with,obj>p:in,obj>p:between ctx=diplomatic
sanction.withdraw-pk   SANCTION withdraw v:withdraw obj=peacekeeper|monitor|observer|inspector|mission recip=p:from ctx=peacekeeping
assault.violate-cease  ASSAULT - v:violate obj=ceasefire|truce|airspace|border|sovereignty recip=obj>p:with,obj>poss,p:with ctx=military
assault.commence-attack ASSAULT - v:commence obj=@attack_n recip=p:on,p:against,obj>p:on,obj>p:against
coerce.force-to        COERCE - v:force xcomp
coerce.tighten-border  COERCE restrict v:tighten obj=border|control|restriction|security recip=p:with,obj>p:with
coerce.take-over       COERCE seize v:take+over ctx=military
assault.n-warfare      ASSAULT - n:warfare recip=p:against,p:on
coerce.impose-blockade COERCE restrict v:impose obj=blockade|siege|closure|lockdown recip=p:on,p:in,obj>p:on,obj>p:in
coerce.order-jail      COERCE arrest v:order xcomp=jail|arrest|detain|imprison|hold recip=obj ctx=legal
coerce.order-media     COERCE censor v:order obj=@media xcomp recip=obj
coerce.order-expel     COERCE deport v:order xcomp=leave|deport|expel recip=obj

# --- h2-events additions (PLV dev error analysis; written for Chronicle) ---
coerce.declare-state   COERCE martial-law v:declare obj=state recip=p:in,obj>p:in,obj>p:of>p:in
coerce.order-suspend   COERCE censor v:order xcomp=suspend|close|shut|stop|cease recip=obj
coerce.order-move      COERCE restrict v:order xcomp=wait|stay|remain|leave|evacuate|vacate recip=obj
coerce.suspend-pub     COERCE censor v:suspend obj=publication|broadcast|broadcasting|license|licence|accreditation recip=obj>p:of,obj>poss
coerce.force-out       COERCE deport v:force+out recip=obj
coerce.issue-warrant   COERCE arrest v:issue obj=warrant|arrest_warrant recip=obj>p:for,p:for,obj>p:against
coerce.close-crossing  COERCE restrict v:close obj=crossing|border|point|checkpoint|road|airspace|port|corridor|embassy|consulate recip=obj>p:into,obj>p:to,obj>p:with,p:to,obj>poss
assault.hold-shield    ASSAULT - v:hold any=shield recip=obj
assault.use-shield     ASSAULT - v:use any=shield recip=obj
assault.violate-in     ASSAULT - v:violate obj=ceasefire|truce|airspace|border|sovereignty|cease-fire recip=p:in,obj>p:in,obj>poss,p:with ctx=military
assault.target-ing     ASSAULT - v:target !subj=@sanction_n|@restriction_n|measure|law|policy|campaign|investigation|probe|program|programme|legislation|bill recip=obj
mobilize.on-alert      MOBILIZE troops v:remain p:on=alert recip=p:in,p:near,p:along ctx=military
mobilize.put-alert     MOBILIZE troops v:place p:on=alert recip=p:in,p:near,p:along,obj>p:in ctx=military
mobilize.put-alert2    MOBILIZE troops v:put p:on=alert recip=p:in,p:near,p:along,obj>p:in ctx=military
mobilize.intensify     MOBILIZE troops v:intensify obj=@troops recip=p:in,obj>p:in,p:near ctx=military
mobilize.station-pass  MOBILIZE troops v:station pass actor=subj,obj recip=p:in,p:near,p:on,p:along,p:at ctx=military
mobilize.deploy-pass   MOBILIZE troops v:deploy pass actor=subj,obj recip=p:to,p:near,p:against,p:along,p:in,p:on ctx=military
mobilize.mass-pass     MOBILIZE troops v:mass pass actor=subj,obj recip=p:near,p:along,p:on,p:at,p:in ctx=military
sanction.end-coop      SANCTION discontinue v:end obj=partnership|cooperation|collaboration|relation|tie|contract|membership|participation recip=obj>p:with,p:with ctx=diplomatic
sanction.n-end-coop    SANCTION discontinue v:terminate obj=partnership|cooperation|collaboration|relation|tie|contract|membership|participation recip=obj>p:with,p:with ctx=diplomatic
