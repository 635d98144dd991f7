# Cooperative event patterns: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT.
# Format (docs/patterns.md):  ID  TYPE  MODE|-  TRIGGER  [constraints] [roles] [ctx=…] [aux=…]
# Written for Chronicle from the PLOVER 2.0 definitions.

## AGREE — commit to, offer or promise cooperation
agree.agree            AGREE - v:agree
agree.agree-to         AGREE - v:agree xcomp
agree.agree-on         AGREE - v:agree p:on recip=p:with,xcomp>obj
agree.agree-with       AGREE - v:agree p:with recip=p:with
agree.promise          AGREE - v:promise
agree.promise-to       AGREE - v:promise xcomp recip=iobj,xcomp>obj,xcomp>p:to
agree.pledge           AGREE - v:pledge
agree.pledge-to        AGREE - v:pledge xcomp
agree.vow-to-help      AGREE - v:vow xcomp=@help_v|@coop_v|@meet_v
agree.offer            AGREE - v:offer
agree.offer-to         AGREE - v:offer xcomp
agree.commit           AGREE - v:commit p:to
agree.commit-self      AGREE - v:commit pass
agree.propose          AGREE - v:propose
agree.invite           AGREE - v:invite ctx=diplomatic
agree.volunteer        AGREE - v:volunteer
agree.consent          AGREE - v:consent
agree.undertake-to     AGREE - v:undertake xcomp
agree.accept-offer     AGREE - v:accept obj=offer|invitation|proposal|plan|proposition|initiative recip=obj>p:from,p:from
agree.accept-invite    AGREE - v:accept obj=invitation recip=obj>p:from,p:from ctx=diplomatic
# Reaching or finalizing an agreement is SUPPORT (manual: "ratify, sign, or finalize an
# agreement or treaty"); promising to is AGREE (a future SUPPORT becomes AGREE in the coder).
support.reach-deal     SUPPORT - v:reach obj=@agreement|understanding|consensus recip=p:with,obj>p:with
support.strike-deal    SUPPORT - v:strike obj=@agreement recip=p:with,obj>p:with
support.agree-deal     SUPPORT - v:agree obj=@agreement recip=p:with,obj>p:with
support.agree-on-deal  SUPPORT - v:agree p:on=@agreement recip=p:with
agree.broker-deal      AGREE - v:broker obj=@agreement
agree.express-will     AGREE - v:express obj=willingness|readiness|desire|intention|interest
agree.signal-will      AGREE - v:signal obj=willingness|readiness|openness
agree.ready-to         AGREE - a:ready xcomp=@help_v|@coop_v|@meet_v|@yield_v|sign|accept|agree|cooperate|negotiate|talk|discuss|support|join|host|allow|open|end|settle|resume|restore|consider|compromise
agree.willing-to       AGREE - a:willing xcomp=@help_v|@coop_v|@meet_v|@yield_v|sign|accept|agree|cooperate|negotiate|talk|discuss|support|join|host|allow|open|end|settle|resume|restore|consider|compromise
agree.prepared-to      AGREE - a:prepared xcomp=@help_v|@coop_v|@meet_v|@yield_v|sign|accept|agree|cooperate|negotiate|talk|discuss|support|join|host|allow|open|end|settle|resume|restore|consider|compromise
agree.seek-deal        AGREE - v:seek obj=@agreement|cooperation|partnership|peace
agree.mediate          AGREE - v:mediate ctx=diplomatic
agree.offer-mediate    AGREE - v:offer obj=mediation|help|assistance|support recip=iobj,obj>p:to,p:to
agree.n-offer          AGREE - n:offer
agree.n-promise        AGREE - n:promise
agree.n-pledge         AGREE - n:pledge
agree.n-proposal       AGREE - n:proposal
agree.n-invitation     AGREE - n:invitation recip=p:to,p:from
agree.n-commitment     AGREE - n:commitment
agree.n-agreement      AGREE - n:agreement recip=p:with,p:between
agree.n-deal           AGREE - n:deal recip=p:with

## CONSULT — meetings, visits, talks, calls
consult.meet           CONSULT - v:meet !obj=obligation|requirement|demand|target|goal|deadline|expectation|criterion|standard|need|condition|commitment|threshold|quota|cost|challenge|threat
consult.meet-with      CONSULT - v:meet+with recip=p:with
consult.talk-with      CONSULT - v:talk recip=p:with,p:to
consult.speak-with     CONSULT - v:speak+with recip=p:with
consult.speak-to       CONSULT - v:speak+to recip=p:to
consult.speak-phone    CONSULT phone v:speak p:by=phone|telephone recip=p:with,p:to
consult.negotiate      CONSULT - v:negotiate recip=p:with,obj ctx=diplomatic
consult.consult        CONSULT - v:consult recip=obj,p:with
consult.confer         CONSULT - v:confer p:with recip=p:with
consult.discuss        CONSULT - v:discuss p:with recip=p:with
consult.visit          CONSULT visit v:visit
consult.host           CONSULT visit v:host actor=obj recip=subj
consult.receive        CONSULT visit v:receive obj=@person_role actor=obj recip=subj
consult.welcome-visit  CONSULT visit v:welcome p:to actor=obj recip=subj
consult.travel-to      CONSULT visit v:travel+to recip=p:to
consult.tour           CONSULT visit v:tour
consult.call           CONSULT phone v:call obj=@person_role|@state_role
consult.phone          CONSULT phone v:phone
consult.telephone      CONSULT phone v:telephone
consult.hold-talks     CONSULT - v:hold obj=@talks recip=p:with,obj>p:with,after:with
consult.have-phone     CONSULT phone v:have obj=telephone_conversation|phone_conversation|phone_call|telephone_call|video_call|videoconference recip=p:with,obj>p:with,after:with
consult.have-talks     CONSULT - v:have obj=@talks|conversation|call recip=p:with,obj>p:with,after:with
consult.hold-call      CONSULT phone v:hold obj=call|conversation recip=p:with,obj>p:with,after:with
consult.host-talks     CONSULT third-party v:host obj=@talks recip=obj>p:between,obj>p:with
consult.convene        CONSULT multilateral v:convene
consult.brief          CONSULT - v:brief
consult.engage-with    CONSULT - v:engage+with recip=p:with ctx=diplomatic
consult.sit-down       CONSULT - v:sit+down recip=p:with
consult.resume-talks   CONSULT - v:resume obj=@talks recip=p:with,obj>p:with
consult.attend-summit  CONSULT multilateral v:attend obj=summit|conference|meeting|session|forum
consult.n-meeting      CONSULT - n:meeting recip=p:with
consult.n-talks        CONSULT - n:talk recip=p:with
consult.n-negotiation  CONSULT - n:negotiation recip=p:with
consult.n-visit        CONSULT visit n:visit recip=p:to
consult.n-trip         CONSULT visit n:trip recip=p:to
consult.n-summit       CONSULT multilateral n:summit recip=p:with
consult.n-call         CONSULT phone n:call recip=p:with
consult.n-phone-conv   CONSULT phone n:conversation+telephone recip=p:with
consult.n-phone-conv2  CONSULT phone n:conversation+phone recip=p:with
consult.n-conversation CONSULT - n:conversation recip=p:with
consult.n-consultation CONSULT - n:consultation recip=p:with
consult.n-mediation    CONSULT - n:mediation ctx=diplomatic


## SUPPORT — verbal/diplomatic support; signing agreements
support.praise         SUPPORT - v:praise
support.commend        SUPPORT - v:commend
support.laud           SUPPORT - v:laud
support.hail           SUPPORT - v:hail
support.applaud        SUPPORT - v:applaud
support.welcome        SUPPORT - v:welcome
support.endorse        SUPPORT - v:endorse
support.back           SUPPORT - v:back
support.support        SUPPORT - v:support
support.congratulate   SUPPORT - v:congratulate
support.thank          SUPPORT - v:thank
support.defend         SUPPORT - v:defend
support.recognize      SUPPORT - v:recognize !obj=contribution|effort|work|role|importance|need|achievement|merit|service|courage|heroism|fact|problem|difficulty|mistake|error|threat|danger|challenge|talent|value|significance ctx=diplomatic
support.recognise      SUPPORT - v:recognise !obj=contribution|effort|work|role|importance|need|achievement|merit|service|courage|heroism|fact|problem|difficulty|mistake|error|threat|danger|challenge|talent|value|significance ctx=diplomatic
support.salute         SUPPORT - v:salute
support.appreciate     SUPPORT - v:appreciate
support.honor          SUPPORT - v:honor
support.honour         SUPPORT - v:honour
support.reaffirm       SUPPORT - v:reaffirm
support.forgive        SUPPORT - v:forgive
support.sign           SUPPORT - v:sign obj=@agreement|agreement|law|bill|order recip=p:with,obj>p:with
support.sign-with      SUPPORT - v:sign p:with recip=p:with
support.ratify         SUPPORT - v:ratify
support.conclude-deal  SUPPORT - v:conclude obj=@agreement recip=p:with,obj>p:with
support.finalize-deal  SUPPORT - v:finalize obj=@agreement recip=p:with,obj>p:with
support.approve        SUPPORT - v:approve
support.adopt-res      SUPPORT - v:adopt obj=resolution|declaration|statement
support.express        SUPPORT - v:express obj=@support_n recip=p:for,p:to,obj>p:for,obj>p:to,obj>p:with
support.voice-support  SUPPORT - v:voice obj=@support_n recip=p:for,obj>p:for
support.offer-condol   SUPPORT - v:offer obj=condolence|sympathy|support recip=iobj,p:to,obj>p:to
support.stand-with     SUPPORT - v:stand+with recip=p:with
support.side-with      SUPPORT - v:side+with recip=p:with
support.vote-for       SUPPORT - v:vote+for recip=p:for
support.restore-ties   SUPPORT - v:restore obj=@relations_n recip=p:with,obj>p:with ctx=diplomatic
support.establish-ties SUPPORT - v:establish obj=@relations_n recip=p:with,obj>p:with ctx=diplomatic
support.normalize-ties SUPPORT - v:normalize obj=@relations_n recip=p:with,obj>p:with ctx=diplomatic
support.improve-ties   SUPPORT - v:improve obj=@relations_n recip=p:with,obj>p:with ctx=diplomatic
support.strengthen     SUPPORT - v:strengthen obj=@relations_n|cooperation|partnership recip=p:with,obj>p:with ctx=diplomatic
support.pay-tribute    SUPPORT - v:pay obj=tribute|homage recip=p:to,obj>p:to
support.n-praise       SUPPORT - n:praise recip=p:for
support.n-support      SUPPORT - n:support recip=p:for
support.n-endorsement  SUPPORT - n:endorsement recip=p:of
support.n-recognition  SUPPORT - n:recognition recip=p:of ctx=diplomatic
support.supportive     SUPPORT - a:supportive recip=p:of

## CONCEDE — verbal concessions, pardons, apologies, promised retreats
concede.concede        CONCEDE - v:concede
concede.apologize      CONCEDE - v:apologize recip=p:to
concede.apologise      CONCEDE - v:apologise recip=p:to
concede.regret         CONCEDE - v:regret
concede.pardon         CONCEDE - v:pardon ctx=legal
concede.acquit         CONCEDE - v:acquit ctx=legal
concede.exonerate      CONCEDE - v:exonerate ctx=legal
concede.yield-to       CONCEDE - v:yield+to recip=p:to
concede.accede         CONCEDE - v:accede recip=p:to
concede.relent         CONCEDE - v:relent
concede.give-in        CONCEDE - v:give+in recip=p:to
concede.back-down      CONCEDE - v:back+down
concede.accept-demand  CONCEDE - v:accept obj=demand|request|condition|term|ultimatum|call recip=obj>p:of,obj>p:from,obj>poss
concede.grant-request  CONCEDE - v:grant obj=request|demand|amnesty|pardon|clemency|concession recip=iobj,obj>p:from,obj>poss,p:to
concede.approve-req    CONCEDE - v:approve obj=request|demand|application|petition|appeal recip=obj>p:from,obj>poss
concede.meet-demand    CONCEDE - v:meet obj=demand|condition recip=obj>p:of,obj>poss
concede.drop-charges   CONCEDE - v:drop obj=charge|case|demand|claim|objection|opposition|lawsuit|suit|plan|bill recip=obj>p:against,p:against
concede.withdraw-dem   CONCEDE - v:withdraw obj=demand|claim|objection|bill|candidacy|lawsuit|complaint|opposition|threat|veto|nomination
concede.lift-restrict  CONCEDE - v:lift obj=restriction|ban|curfew|limit|restriction|travel_ban|emergency|order ctx=rights_freedoms
concede.ease-restrict  CONCEDE - v:ease obj=restriction|ban|curfew|limit|rule|measure|pressure|tension ctx=rights_freedoms
concede.relax          CONCEDE - v:relax obj=restriction|ban|curfew|rule|control
concede.declare-cease  CONCEDE - v:declare obj=ceasefire|truce|moratorium ctx=military
concede.announce-cease CONCEDE - v:announce obj=ceasefire|truce|withdrawal|pullout|moratorium|amnesty ctx=military
concede.promise-wd     CONCEDE - v:promise xcomp=@yield_v
concede.pledge-wd      CONCEDE - v:pledge xcomp=@yield_v
concede.agree-wd       CONCEDE - v:agree xcomp=@yield_v
concede.offer-release  CONCEDE - v:offer xcomp=@yield_v
concede.suspend-prot   CONCEDE - v:suspend obj=@protest_n
concede.call-off       CONCEDE - v:call+off obj=@protest_n|@attack_n|offensive
concede.reverse        CONCEDE - v:reverse obj=decision|policy|course|ban|ruling|order
concede.scrap          CONCEDE - v:scrap obj=plan|policy|law|bill|tax|decision|reform|rule
concede.repeal         CONCEDE - v:repeal
concede.admit          CONCEDE - v:admit obj=mistake|error|responsibility|guilt|wrongdoing|fault
concede.take-resp      CONCEDE - v:take obj=responsibility|blame
concede.n-apology      CONCEDE - n:apology recip=p:to
concede.n-concession   CONCEDE - n:concession recip=p:to
concede.n-pardon       CONCEDE - n:pardon recip=p:for ctx=legal
concede.n-amnesty      CONCEDE - n:amnesty recip=p:for ctx=legal
concede.n-acquittal    CONCEDE - n:acquittal ctx=legal

## COOPERATE — mutual material cooperation
cooperate.cooperate    COOPERATE - v:cooperate recip=p:with
cooperate.co-operate   COOPERATE - v:co-operate recip=p:with
cooperate.collaborate  COOPERATE - v:collaborate recip=p:with
cooperate.partner      COOPERATE - v:partner recip=p:with
cooperate.work-with    COOPERATE - v:work+with recip=p:with
cooperate.team-up      COOPERATE - v:team+up recip=p:with
cooperate.join-forces  COOPERATE - v:join obj=force|hand|effort recip=p:with
cooperate.coordinate   COOPERATE - v:coordinate !obj=* recip=p:with
cooperate.trade        COOPERATE - v:trade recip=p:with ctx=economic
cooperate.share-intel  COOPERATE - v:share obj=intelligence|information|data|evidence|technology|expertise recip=p:with,obj>p:with ctx=intelligence
cooperate.exchange     COOPERATE - v:exchange obj=information|intelligence|data|expertise|experience recip=p:with
cooperate.extradite    COOPERATE - v:extradite recip=p:to ctx=legal
cooperate.hand-suspect COOPERATE - v:hand+over obj=suspect|fugitive|criminal recip=p:to ctx=legal
cooperate.invest       COOPERATE - v:invest recip=p:in ctx=economic
cooperate.export-to    COOPERATE - v:export recip=p:to ctx=economic
cooperate.import-from  COOPERATE - v:import recip=p:from ctx=economic
cooperate.ally         COOPERATE - v:ally recip=p:with
cooperate.joint-ex     COOPERATE - n:exercise+joint recip=p:with ctx=military
cooperate.joint-op     COOPERATE - n:operation+joint recip=p:with ctx=military
cooperate.joint-patrol COOPERATE - n:patrol+joint recip=p:with ctx=military
cooperate.expand-coop  COOPERATE - v:expand obj=cooperation|trade|tie|partnership recip=p:with,obj>p:with
cooperate.deepen-coop  COOPERATE - v:deepen obj=cooperation|trade|tie|partnership recip=p:with,obj>p:with
cooperate.n-coop       COOPERATE - n:cooperation recip=p:with,p:between
cooperate.n-co-op      COOPERATE - n:co-operation recip=p:with,p:between
cooperate.n-collab     COOPERATE - n:collaboration recip=p:with,p:between
cooperate.n-partner    COOPERATE - n:partnership recip=p:with,p:between
cooperate.n-extradit   COOPERATE - n:extradition recip=p:to ctx=legal
cooperate.n-trade      COOPERATE - n:trade recip=p:with ctx=economic
cooperate.n-alliance   COOPERATE - n:alliance recip=p:with

## AID — material aid that benefits the recipient
aid.aid                AID - v:aid
aid.assist             AID - v:assist
aid.help               AID - v:help
aid.supply             AID - v:supply recip=obj,p:to,iobj
aid.supply-with        AID - v:supply p:with recip=obj
aid.provide            AID - v:provide obj=@aid_n|@military_aid|shelter|training|asylum|protection|security|service|care|vaccine recip=iobj,p:to,p:for,obj>p:to,obj>p:for,p:with
aid.provide-with       AID - v:provide p:with=@aid_n|@military_aid recip=obj
aid.send-aid           AID - v:send obj=@aid_n|@military_aid|team|expert|doctor|rescuer recip=iobj,p:to,obj>p:to,p:into
aid.give-aid           AID - v:give obj=@aid_n|@military_aid|asylum|refuge|shelter recip=iobj,p:to,obj>p:to
aid.deliver            AID - v:deliver obj=@aid_n|@military_aid recip=iobj,p:to,obj>p:to
aid.donate             AID - v:donate recip=p:to,iobj,obj>p:to
aid.fund               AID - v:fund ctx=economic
aid.finance            AID - v:finance ctx=economic
aid.grant-asylum       AID - v:grant obj=asylum|refuge|protection|visa|citizenship recip=iobj,p:to,obj>p:to ctx=asylum
aid.grant-aid          AID - v:grant obj=@aid_n recip=iobj,p:to,obj>p:to
aid.rescue             AID - v:rescue
aid.evacuate           AID - v:evacuate obj=civilian|people|resident|citizen|national|child|family|wounded|refugee
aid.shelter            AID - v:shelter
aid.arm                AID - v:arm ctx=military
aid.equip              AID - v:equip
aid.train              AID - v:train obj=@troops|@police|pilot|officer|recruit ctx=military
aid.lend               AID - v:lend recip=iobj,p:to ctx=economic
aid.loan               AID - v:loan recip=iobj,p:to ctx=economic
aid.allocate           AID - v:allocate recip=p:to,p:for,iobj
aid.disburse           AID - v:disburse recip=p:to,iobj ctx=economic
aid.airlift            AID - v:airlift recip=p:to
aid.ship-aid           AID - v:ship obj=@aid_n|@military_aid recip=p:to,iobj
aid.transfer-arms      AID - v:transfer obj=@military_aid|fund|money|aid recip=p:to,iobj
aid.forgive-debt       AID - v:forgive obj=debt|loan recip=obj>poss,p:to ctx=economic
aid.write-off          AID - v:write+off obj=debt|loan ctx=economic
aid.free-hostages      AID - v:free obj=hostage|victim subj=@police|@troops
aid.n-aid              AID - n:aid recip=p:to,p:for
aid.n-assistance       AID - n:assistance recip=p:to,p:for
aid.n-donation         AID - n:donation recip=p:to
aid.n-loan             AID - n:loan recip=p:to ctx=economic
aid.n-relief           AID - n:relief recip=p:to,p:for ctx=humanitarian
aid.n-rescue           AID - n:rescue recip=p:of
aid.n-delivery         AID - n:delivery recip=p:to
aid.n-donor            AID - n:donor recip=p:to,p:in,p:for

## RETREAT — material concessions
retreat.withdraw       RETREAT withdraw v:withdraw obj=@troops|@weapons|soldier|presence|force|unit recip=p:from ctx=military
retreat.withdraw-from  RETREAT withdraw v:withdraw p:from=@territory_n|city|region|country|area|position|line recip=p:from ctx=military
retreat.withdraw-bare  RETREAT withdraw v:withdraw subj=@troops recip=p:from ctx=military
retreat.pull-out       RETREAT withdraw v:pull+out recip=p:of,p:from ctx=military
retreat.pull-back      RETREAT withdraw v:pull+back recip=p:from ctx=military
retreat.pull-troops    RETREAT withdraw v:pull obj=@troops|@weapons recip=p:from,p:out ctx=military
retreat.retreat        RETREAT withdraw v:retreat recip=p:from ctx=military
retreat.leave-terr     RETREAT withdraw v:leave subj=@troops ctx=military
retreat.release        RETREAT release v:release obj=@detainee|@person_role|people|man|woman|child|suspect|crew|sailor|fisherman|activist|opposition|leader recip=obj ctx=legal
retreat.release-any    RETREAT release v:release recip=obj
retreat.free           RETREAT release v:free recip=obj
retreat.return         RETREAT release v:return obj=@detainee|@property_n|artifact|artefact|body|item|painting|treasure|territory recip=iobj,p:to,obj>poss
retreat.hand-back      RETREAT release v:hand+back recip=p:to
retreat.hand-over-p    RETREAT release v:hand+over obj=@detainee|@territory_n|control recip=p:to
retreat.repatriate     RETREAT release v:repatriate recip=p:to
retreat.exchange-pris  RETREAT release v:exchange obj=prisoner|captive|pow|detainee|body recip=p:with
retreat.swap           RETREAT release v:swap obj=prisoner|captive|pow|detainee|body recip=p:with
retreat.disarm         RETREAT disarm v:disarm ctx=military
retreat.demobilize     RETREAT disarm v:demobilize ctx=military
retreat.disband        RETREAT disarm v:disband
retreat.surrender      RETREAT disarm v:surrender recip=p:to ctx=military
retreat.lay-down       RETREAT disarm v:lay+down obj=arm|weapon
retreat.hand-weapons   RETREAT disarm v:hand+over obj=weapon|arm|ammunition recip=p:to
retreat.observe-cease  RETREAT ceasefire v:observe obj=ceasefire|truce ctx=military
retreat.respect-cease  RETREAT ceasefire v:respect obj=ceasefire|truce ctx=military
retreat.halt-attack    RETREAT ceasefire v:halt obj=@attack_n|fighting|hostility|operation|advance ctx=military
retreat.stop-attack    RETREAT ceasefire v:stop obj=@attack_n|fighting|hostility|advance|shelling|bombing ctx=military
retreat.cease-fire     RETREAT ceasefire v:cease obj=fire|hostility|fighting|@attack_n ctx=military
retreat.end-war        RETREAT ceasefire v:end obj=war|fighting|hostility|conflict|offensive|siege|blockade|occupation recip=obj>p:of,obj>p:on,obj>p:against,obj>p:with,p:with ctx=military
retreat.lift-siege     RETREAT - v:lift obj=siege|blockade|sanction|embargo|tariff|freeze recip=obj>p:of,obj>p:on,p:on,obj>p:against,p:against
retreat.ease-sanction  RETREAT - v:ease obj=sanction|embargo|blockade|tariff recip=obj>p:on,p:on,obj>p:against
retreat.unfreeze       RETREAT - v:unfreeze obj=@property_n|asset
retreat.unblock        RETREAT access v:unblock
retreat.allow-access   RETREAT access v:allow obj=access|entry|aid|inspector|observer|monitor|peacekeeper|journalist|convoy|evacuation|delivery recip=iobj,obj>p:to,p:to,p:into
retreat.grant-access   RETREAT access v:grant obj=access|entry recip=iobj,obj>p:to,p:to
retreat.admit-insp     RETREAT access v:admit obj=inspector|observer|monitor|peacekeeper
retreat.let-in         RETREAT access v:let obj=inspector|observer|monitor|peacekeeper|aid|convoy
retreat.reopen         RETREAT access v:reopen obj=border|crossing|embassy|airport|port|road|corridor|checkpoint
retreat.open-corridor  RETREAT access v:open obj=corridor|crossing|border|route ctx=humanitarian
retreat.resign         RETREAT resign v:resign
retreat.step-down      RETREAT resign v:step+down
retreat.quit-post      RETREAT resign v:quit obj=post|office|job|position|role|government|cabinet
retreat.abdicate       RETREAT resign v:abdicate
retreat.n-withdrawal   RETREAT withdraw n:withdrawal recip=p:from ctx=military
retreat.n-pullout      RETREAT withdraw n:pullout recip=p:from ctx=military
retreat.n-retreat      RETREAT withdraw n:retreat recip=p:from ctx=military
retreat.n-release      RETREAT release n:release recip=p:of
retreat.n-resignation  RETREAT resign n:resignation
retreat.n-disarmament  RETREAT disarm n:disarmament
retreat.n-surrender    RETREAT disarm n:surrender recip=p:to
retreat.n-ceasefire    RETREAT ceasefire n:ceasefire recip=p:with,p:in
retreat.n-truce        RETREAT ceasefire n:truce recip=p:with,p:in
retreat.n-exchange     RETREAT release n:exchange p:of=prisoner|captive|pow|body recip=p:with
retreat.n-swap         RETREAT release n:swap recip=p:with

## Additions after reading PLV_train (dev set) phrasing
support.reiterate      SUPPORT - v:reiterate obj=@support_n|commitment|backing recip=p:for,p:to,obj>p:for,obj>p:to,obj>poss
support.pledge-support SUPPORT - v:pledge obj=@support_n|backing|solidarity recip=p:for,p:to,obj>p:for,obj>p:to
support.declare-supp   SUPPORT - v:declare obj=@support_n recip=p:for,obj>p:for
support.express-supp2  SUPPORT - v:express obj=confidence|trust recip=p:in,obj>p:in
aid.award              AID - v:award obj=@aid_n|contract recip=iobj,p:to,obj>p:to
aid.accept-refugees    AID - v:accept obj=refugee|migrant|asylum-seeker|evacuee ctx=asylum
aid.host-refugees      AID - v:host obj=refugee|migrant|asylum-seeker|evacuee ctx=asylum
aid.take-in            AID - v:take+in obj=refugee|migrant|asylum-seeker|evacuee|child ctx=asylum
retreat.hand-over      RETREAT release v:hand+over recip=p:to
retreat.let-go         RETREAT release v:let+go
aid.n-support-mil      AID - n:support+military recip=p:for,p:to ctx=military
aid.n-support-fin      AID - n:support+financial recip=p:for,p:to ctx=economic
aid.n-support-econ     AID - n:support+economic recip=p:for,p:to ctx=economic
aid.n-support-hum      AID - n:support+humanitarian recip=p:for,p:to ctx=humanitarian
aid.n-package          AID - n:package+aid recip=p:for,p:to
support.send-greetings SUPPORT - v:send obj=greeting|congratulation|condolence|wish recip=p:to,obj>p:to,iobj
support.extend-greet   SUPPORT - v:extend obj=greeting|congratulation|condolence|wish|invitation recip=p:to,obj>p:to,iobj
consult.hold-phone     CONSULT phone v:hold obj=telephone_conversation|phone_conversation|phone_call|telephone_call|video_call recip=p:with,obj>p:with,after:with
aid.contribute         AID - v:contribute recip=p:to,p:for ctx=economic
consult.n-mediation-ef CONSULT - n:effort+mediation recip=p:between,p:with ctx=diplomatic
concede.end-protest    CONCEDE - v:end obj=@protest_n
cooperate.joint-games  COOPERATE - n:game+joint recip=p:with ctx=military
cooperate.joint-drill  COOPERATE - n:drill+joint recip=p:with ctx=military
retreat.let-free       RETREAT release v:let+free recip=obj
retreat.withdraw-any   RETREAT withdraw v:withdraw recip=p:from ctx=military
retreat.return-art     RETREAT release v:return obj=sculpture|statue|antiquity|relic|manuscript|artifact|artefact|painting|treasure|remains|property|land recip=p:to,iobj
concede.declare-cessat CONCEDE - v:declare obj=cessation|halt|suspension|pause ctx=military
aid.hand-over-aid      AID - v:hand+over obj=@aid_n|@military_aid recip=p:to,obj>p:to

# --- h2-events additions (PLV dev error analysis; written for Chronicle) ---
# Peacekeeping is AID (PLOVER AID: peacekeeping forces), whatever verb moves the troops.
aid.peacekeep-deploy   AID - v:deploy any=peacekeeping|peacekeeper|peacekeep|blue_helmet actor=subj,obj recip=p:to,p:in,p:along,p:near,p:into ctx=peacekeeping
aid.peacekeep-send     AID - v:send any=peacekeeping|peacekeeper|peacekeep recip=p:to,p:into,p:in,obj>p:to,obj>p:in ctx=peacekeeping
aid.peacekeep-n-deploy AID - n:deployment any=peacekeeping|peacekeeper|peacekeep recip=p:to,p:in,p:into ctx=peacekeeping
aid.peacekeep-arrive   AID - v:arrive subj=peacekeeper|peacekeep|@troops|contingent any=peacekeeping|peacekeeper|peacekeep recip=p:in,p:at ctx=peacekeeping
aid.peacekeep-part     AID - v:participate p:in=operation|mission|force any=peacekeeping|peacekeeper recip=p:in>p:in ctx=peacekeeping
aid.accept-people      AID - v:accept obj=people|family|child|orphan|person|seeker|asylum_seeker any=refugee|asylum|camp|flee recip=obj ctx=asylum
aid.accept-seekers     AID - v:accept obj=seeker|asylum_seeker|refugee|migrant recip=obj ctx=asylum
aid.donor-of           AID - n:donor p:of recip=p:to,p:in,p:for,p:of>p:in,p:of>p:to
# Returning goods or people to their owner is RETREAT (release).
retreat.return-obj     RETREAT release v:return obj=* recip=p:to,obj>p:to,iobj,p:into,obj>p:into
retreat.let-free-x     RETREAT release v:let xcomp=free recip=obj
concede.grant-perm     CONCEDE - v:grant obj=permission|approval|right|mandate|license|licence|authorization|authorisation|leave|green_light recip=iobj,obj,obj>p:to,p:to,obj>p:for
concede.give-perm      CONCEDE - v:give obj=permission|approval|mandate|license|licence|authorization|authorisation|green_light|go-ahead recip=iobj,obj>p:to,p:to,obj>p:for,p:for
concede.grant-to       CONCEDE - v:grant xcomp recip=obj
concede.lift-state     CONCEDE - v:lift obj=state|lockdown|quarantine|blockade_order|restriction recip=p:on,obj>p:on,p:in,obj>p:in
concede.n-cease-fire   CONCEDE - n:fire+cease recip=p:with,p:between ctx=military
# Hosting someone "for" a dinner/visit: the guest is the visitor.
consult.host-for       CONSULT visit v:host p:for actor=p:for recip=subj
consult.join-for       CONSULT - v:join p:for=@talks recip=obj
consult.hold-talks-in  CONSULT - v:hold obj=@talks recip=p:in>p:with
support.respect        SUPPORT - v:respect obj=independence|sovereignty|integrity|right|decision|choice|will|autonomy|neutrality recip=obj>poss,obj>p:of
support.award-honor    SUPPORT - v:award obj=order|medal|prize|honor|honour|title|award|decoration|distinction recip=p:to,obj>p:to,iobj
consult.exchange-views CONSULT - v:exchange obj=view|opinion|idea|assessment|thought recip=p:with,obj>p:with
# "called X to discuss …" is a phone call (CONSULT), "called X to express support" SUPPORT; only
# other complements make "called X to V" a REQUEST (request.call-to).
consult.call-to-discuss CONSULT phone v:call obj=* xcomp=discuss|explain|inform|brief|talk|exchange|update|review|consult|coordinate|congratulate recip=obj
support.call-to-express SUPPORT - v:call obj=* xcomp=express|convey|assure|thank|offer|reassure|extend|wish recip=obj
consult.call-on-discuss CONSULT visit v:call+on xcomp=discuss|talk|exchange|review|brief recip=p:on
