# Verbal conflict patterns: REQUEST, ACCUSE, REJECT, THREATEN.
# Format (docs/patterns.md):  ID  TYPE  MODE|-  TRIGGER  [constraints] [roles] [ctx=…] [aux=…]
# Written for Chronicle from the PLOVER 2.0 definitions.

## REQUEST — requests, demands, appeals, orders
request.ask            REQUEST - v:ask
request.ask-to         REQUEST - v:ask xcomp
request.ask-meet       REQUEST meet v:ask xcomp=@meet_v
request.ask-help       REQUEST assist v:ask xcomp=@help_v|@coop_v
request.ask-yield      REQUEST yield v:ask xcomp=@yield_v
request.ask-change     REQUEST change v:ask xcomp=@change_v
request.ask-for        REQUEST - v:ask+for recip=obj,p:from
request.ask-for-help   REQUEST assist v:ask p:for=@help_n recip=obj,p:from
request.request        REQUEST - v:request recip=p:from,iobj,xcomp>obj
request.request-help   REQUEST assist v:request obj=@help_n recip=p:from,iobj
request.demand         REQUEST - v:demand recip=p:from,p:of,xcomp>obj
request.demand-yield   REQUEST yield v:demand obj=@yield_n recip=p:from,obj>poss,obj>p:of
request.demand-change  REQUEST change v:demand obj=@change_n recip=p:from,obj>poss,obj>p:of
request.demand-talks   REQUEST meet v:demand obj=@talks recip=p:from,obj>p:with
request.urge           REQUEST - v:urge
request.urge-meet      REQUEST meet v:urge xcomp=@meet_v
request.urge-yield     REQUEST yield v:urge xcomp=@yield_v
request.urge-change    REQUEST change v:urge xcomp=@change_v
request.urge-help      REQUEST assist v:urge xcomp=@help_v|@coop_v
request.call-for       REQUEST - v:call+for recip=p:on,p:upon,p:for>poss,p:for>p:of>poss,p:for>p:of,p:for>p:of>p:of
request.call-for-yield REQUEST yield v:call p:for=@yield_n recip=p:on,p:upon,p:for>poss,p:for>p:of>poss,p:for>p:of,p:for>p:of>p:of
request.call-for-chg   REQUEST change v:call p:for=@change_n recip=p:on,p:upon,p:for>poss,p:for>p:of>poss,p:for>p:of,p:for>p:of>p:of
request.call-for-talks REQUEST meet v:call p:for=@talks recip=p:on,p:upon,p:for>poss,p:for>p:of>poss,p:for>p:of,p:for>p:of>p:of
request.call-for-help  REQUEST assist v:call p:for=@help_n recip=p:on,p:upon,p:for>poss,p:for>p:of>poss,p:for>p:of,p:for>p:of>p:of
request.call-on        REQUEST - v:call+on recip=p:on
request.call-on-to     REQUEST - v:call p:on xcomp recip=p:on
request.call-upon      REQUEST - v:call+upon recip=p:upon
request.call-to        REQUEST - v:call obj=* xcomp recip=obj
request.appeal         REQUEST - v:appeal recip=p:to
request.appeal-for     REQUEST assist v:appeal p:for=@help_n recip=p:to
request.plead          REQUEST - v:plead recip=p:with,p:to
request.beg            REQUEST - v:beg
request.implore        REQUEST - v:implore
request.exhort         REQUEST - v:exhort
request.entreat        REQUEST - v:entreat
request.press          REQUEST - v:press xcomp
request.press-for      REQUEST - v:press+for recip=obj
request.push-for       REQUEST - v:push+for recip=obj,p:on
request.lobby          REQUEST - v:lobby
request.petition       REQUEST - v:petition
request.insist-on      REQUEST - v:insist+on recip=p:from
request.seek           REQUEST - v:seek obj=@help_n|talks|meeting|extradition|release|explanation|clarification|compensation|apology|answer|support|guarantee|assurance recip=p:from,obj>p:from
request.seek-talks     REQUEST meet v:seek obj=@talks recip=p:with,obj>p:with
request.seek-help      REQUEST assist v:seek obj=@help_n recip=p:from,obj>p:from
request.order          REQUEST - v:order xcomp
request.instruct       REQUEST - v:instruct
request.direct-to      REQUEST - v:direct xcomp
request.tell-to        REQUEST - v:tell xcomp
request.want-to        REQUEST - v:want obj=* xcomp
request.require        REQUEST - v:require xcomp
request.encourage      REQUEST - v:encourage
request.invite-to      REQUEST - v:invite xcomp=@yield_v|@change_v
request.apply-for      REQUEST assist v:apply+for recip=p:to
request.call-off-on    REQUEST - v:call p:on=* recip=p:on
request.n-request      REQUEST - n:request recip=p:to,p:from
request.n-demand       REQUEST - n:demand recip=p:on,p:to,p:from,p:for
request.n-appeal       REQUEST - n:appeal recip=p:to
request.n-call         REQUEST - n:call+for recip=p:on,p:to
request.n-plea         REQUEST - n:plea recip=p:to
request.n-petition     REQUEST - n:petition recip=p:to

## ACCUSE — disapprove, accuse, sue, investigate
accuse.accuse          ACCUSE allege v:accuse
accuse.blame           ACCUSE allege v:blame
accuse.blame-on        ACCUSE allege v:blame p:on recip=p:on
accuse.charge          ACCUSE allege v:charge ctx=legal
accuse.charge-with     ACCUSE allege v:charge p:with ctx=legal
accuse.indict          ACCUSE allege v:indict ctx=legal
accuse.sue             ACCUSE allege v:sue ctx=legal
accuse.prosecute       ACCUSE allege v:prosecute ctx=legal
accuse.allege          ACCUSE allege v:allege recip=xcomp>obj
accuse.file-suit       ACCUSE allege v:file obj=lawsuit|suit|complaint|case|charge|petition recip=p:against,obj>p:against ctx=legal
accuse.bring-charges   ACCUSE allege v:bring obj=charge|case|lawsuit|suit|action|complaint recip=p:against,obj>p:against ctx=legal
accuse.press-charges   ACCUSE allege v:press obj=charge recip=p:against,obj>p:against ctx=legal
accuse.take-to-court   ACCUSE allege v:take p:to=court|tribunal recip=obj ctx=legal
accuse.haul-court      ACCUSE allege v:haul recip=obj ctx=legal
accuse.brand           ACCUSE allege v:brand
accuse.label           ACCUSE allege v:label
accuse.condemn         ACCUSE disapprove v:condemn
accuse.criticize       ACCUSE disapprove v:criticize
accuse.criticise       ACCUSE disapprove v:criticise
accuse.denounce        ACCUSE disapprove v:denounce
accuse.decry           ACCUSE disapprove v:decry
accuse.deplore         ACCUSE disapprove v:deplore
accuse.slam            ACCUSE disapprove v:slam
accuse.lambast         ACCUSE disapprove v:lambast
accuse.lambaste        ACCUSE disapprove v:lambaste
accuse.blast           ACCUSE disapprove v:blast
accuse.censure         ACCUSE disapprove v:censure
accuse.rebuke          ACCUSE disapprove v:rebuke
accuse.reprimand       ACCUSE disapprove v:reprimand
accuse.chide           ACCUSE disapprove v:chide
accuse.scold           ACCUSE disapprove v:scold
accuse.fault           ACCUSE disapprove v:fault
accuse.berate          ACCUSE disapprove v:berate
accuse.castigate       ACCUSE disapprove v:castigate
accuse.admonish        ACCUSE disapprove v:admonish
accuse.denigrate       ACCUSE disapprove v:denigrate
accuse.insult          ACCUSE disapprove v:insult
accuse.mock            ACCUSE disapprove v:mock
accuse.ridicule        ACCUSE disapprove v:ridicule
accuse.vilify          ACCUSE disapprove v:vilify
accuse.smear           ACCUSE disapprove v:smear
accuse.disparage       ACCUSE disapprove v:disparage
accuse.assail          ACCUSE disapprove v:assail
accuse.question        ACCUSE disapprove v:question
accuse.dispute         ACCUSE disapprove v:dispute
accuse.challenge       ACCUSE disapprove v:challenge
accuse.contest         ACCUSE disapprove v:contest
accuse.oppose          ACCUSE disapprove v:oppose
accuse.object-to       ACCUSE disapprove v:object+to recip=p:to
accuse.complain        ACCUSE disapprove v:complain recip=p:about,p:to,p:of
accuse.protest-to      ACCUSE disapprove v:protest p:to recip=p:to,p:against,obj ctx=diplomatic
accuse.protest-dipl    ACCUSE disapprove v:protest subj=@state_role|@person_role|ministry|embassy recip=obj,p:against,p:to ctx=diplomatic
accuse.warn-against    ACCUSE disapprove v:warn+against recip=obj,p:against
accuse.lash-out        ACCUSE disapprove v:lash+out recip=p:at,p:against
accuse.hit-out         ACCUSE disapprove v:hit+out recip=p:at,p:against
accuse.rail-against    ACCUSE disapprove v:rail+against recip=p:against
accuse.take-aim        ACCUSE disapprove v:take obj=aim recip=p:at,obj>p:at
accuse.point-finger    ACCUSE allege v:point obj=finger recip=p:at,obj>p:at
accuse.express-concern ACCUSE disapprove v:express obj=@concern_n recip=p:over,p:about,p:at,obj>p:over,obj>p:about,obj>p:at,obj>p:with
accuse.voice-concern   ACCUSE disapprove v:voice obj=@concern_n recip=p:over,p:about,obj>p:over,obj>p:about,obj>p:at
accuse.raise-concern   ACCUSE disapprove v:raise obj=concern|objection|question|alarm recip=p:over,p:about,p:with,obj>p:over,obj>p:about
accuse.summon          ACCUSE disapprove v:summon obj=@diplomat recip=obj>poss,obj>p:of,obj ctx=diplomatic
accuse.call-in         ACCUSE disapprove v:call+in obj=@diplomat recip=obj>poss,obj>p:of,obj ctx=diplomatic
accuse.investigate     ACCUSE investigate v:investigate
accuse.probe           ACCUSE investigate v:probe
accuse.examine         ACCUSE investigate v:examine obj=allegation|claim|case|death|killing|incident|role|conduct|complaint
accuse.look-into       ACCUSE investigate v:look+into recip=p:into
accuse.inquire         ACCUSE investigate v:inquire recip=p:into
accuse.audit           ACCUSE investigate v:audit
accuse.launch-probe    ACCUSE investigate v:launch obj=@investigation_n recip=p:into,obj>p:into,obj>p:of,obj>p:on
accuse.open-probe      ACCUSE investigate v:open obj=@investigation_n|case recip=p:into,obj>p:into,obj>p:against,obj>p:on
accuse.order-probe     ACCUSE investigate v:order obj=@investigation_n recip=obj>p:into,obj>p:of
accuse.call-probe      ACCUSE investigate v:call p:for=@investigation_n recip=p:into,p:on
accuse.head-probe      ACCUSE investigate v:head obj=@investigation_n recip=obj>p:into,obj>p:of
accuse.conduct-probe   ACCUSE investigate v:conduct obj=@investigation_n recip=obj>p:into,obj>p:of
accuse.n-accusation    ACCUSE allege n:accusation recip=p:against,p:of
accuse.n-allegation    ACCUSE allege n:allegation recip=p:against,p:of
accuse.n-charge        ACCUSE allege n:charge recip=p:against ctx=legal
accuse.n-lawsuit       ACCUSE allege n:lawsuit recip=p:against ctx=legal
accuse.n-indictment    ACCUSE allege n:indictment recip=p:of,p:against ctx=legal
accuse.n-criticism     ACCUSE disapprove n:criticism recip=p:of
accuse.n-condemnation  ACCUSE disapprove n:condemnation recip=p:of
accuse.n-complaint     ACCUSE disapprove n:complaint recip=p:against,p:about
accuse.n-rebuke        ACCUSE disapprove n:rebuke recip=p:of
accuse.n-investigation ACCUSE investigate n:investigation recip=p:into,p:of,p:on
accuse.n-probe         ACCUSE investigate n:probe recip=p:into,p:of
accuse.n-inquiry       ACCUSE investigate n:inquiry recip=p:into,p:of
accuse.critical-of     ACCUSE disapprove a:critical recip=p:of
accuse.concerned       ACCUSE disapprove a:concerned recip=p:about,p:over,p:by

## REJECT — rejections and refusals
reject.reject          REJECT - v:reject recip=obj>poss,obj>p:by,obj>p:from,obj
reject.reject-talks    REJECT meet v:reject obj=@talks|offer|invitation|mediation recip=obj>poss,obj>p:from,obj>p:by,obj>p:with
reject.reject-demand   REJECT change v:reject obj=demand|call|request|proposal|plan|ultimatum recip=obj>poss,obj>p:from,obj>p:by,obj>p:of
reject.reject-help     REJECT assist v:reject obj=@help_n recip=obj>poss,obj>p:from
reject.refuse          REJECT - v:refuse
reject.refuse-meet     REJECT meet v:refuse xcomp=@meet_v
reject.refuse-yield    REJECT yield v:refuse xcomp=@yield_v
reject.refuse-change   REJECT change v:refuse xcomp=@change_v
reject.refuse-help     REJECT assist v:refuse xcomp=@help_v|@coop_v
reject.decline         REJECT - v:decline
reject.decline-to      REJECT - v:decline xcomp
reject.deny            REJECT - v:deny
reject.deny-entry      REJECT - v:deny obj=entry|access|visa|permission|request|landing recip=iobj,obj>p:to,p:to
reject.rebuff          REJECT - v:rebuff
reject.dismiss         REJECT - v:dismiss obj=claim|allegation|accusation|charge|report|demand|call|request|proposal|criticism|concern|idea|offer|suggestion|warning|threat recip=obj>poss,obj>p:by,obj>p:from
reject.spurn           REJECT - v:spurn
reject.snub            REJECT meet v:snub
reject.veto            REJECT - v:veto
reject.block-res       REJECT - v:block obj=resolution|bill|proposal|plan|deal|measure|motion|nomination|appointment|bid|request|membership|accession
reject.resist          REJECT - v:resist
reject.defy            REJECT yield v:defy
reject.ignore          REJECT - v:ignore obj=demand|call|request|warning|appeal|ultimatum|order|plea|ruling recip=obj>poss,obj>p:from,obj>p:by
reject.repudiate       REJECT - v:repudiate
reject.renounce        REJECT - v:renounce
reject.disagree        REJECT - v:disagree recip=p:with
reject.turn-down       REJECT - v:turn+down recip=obj>poss,obj>p:from,obj>p:by
reject.rule-out        REJECT - v:rule+out
reject.vote-against    REJECT - v:vote+against recip=p:against
reject.overrule        REJECT - v:overrule
reject.overturn        REJECT - v:overturn
reject.cancel-meet     REJECT meet v:cancel obj=@talks|visit|trip|call
reject.postpone-meet   REJECT meet v:postpone obj=@talks|visit|trip
reject.boycott-talks   REJECT meet v:boycott obj=@talks|election|vote|ceremony|summit
reject.walk-out        REJECT meet v:walk+out recip=p:of,p:on
reject.not-recognize   REJECT - v:recognize neg
reject.not-comply      REJECT yield v:comply neg recip=p:with
reject.n-rejection     REJECT - n:rejection recip=p:of
reject.n-refusal       REJECT - n:refusal
reject.n-veto          REJECT - n:veto recip=p:of,p:on
reject.n-denial        REJECT - n:denial recip=p:of
reject.unwilling       REJECT - a:unwilling xcomp

## THREATEN — threats and coercive warnings
threaten.threaten          THREATEN - v:threaten
threaten.threaten-violence THREATEN violence v:threaten xcomp=@violence_v ctx=military
threaten.threaten-restrict THREATEN restrict v:threaten xcomp=@restrict_v
threaten.threaten-arrest   THREATEN arrest v:threaten xcomp=@arrest_v
threaten.threaten-expel    THREATEN expel v:threaten xcomp=@expel_v
threaten.threaten-terr     THREATEN territory v:threaten xcomp=@territory_v ctx=military
threaten.threaten-rel      THREATEN relations v:threaten xcomp=@relations_v ctx=diplomatic
threaten.with-force        THREATEN violence v:threaten p:with=war|force|retaliation|attack|strike|action|reprisal|invasion|consequence|violence|response|destruction
threaten.with-sanction     THREATEN restrict v:threaten p:with=@sanction_n|@restriction_n|boycott|blockade
threaten.with-arrest       THREATEN arrest v:threaten p:with=arrest|prosecution|jail|prison|detention
threaten.warn              THREATEN - v:warn !ccomp
threaten.warn-of           THREATEN - v:warn+of recip=obj,iobj
threaten.warn-violence     THREATEN violence v:warn p:of=retaliation|consequence|response|war|attack|strike|reprisal|action
threaten.vow-violence      THREATEN violence v:vow xcomp=@violence_v
threaten.vow-revenge       THREATEN violence v:vow obj=revenge|retaliation|vengeance|response
threaten.promise-violence  THREATEN violence v:promise xcomp=@violence_v
threaten.pledge-violence   THREATEN violence v:pledge xcomp=@violence_v
threaten.vow-restrict      THREATEN restrict v:vow xcomp=@restrict_v
threaten.menace            THREATEN - v:menace
threaten.intimidate        THREATEN - v:intimidate
threaten.issue-ultimatum   THREATEN relations v:issue obj=ultimatum|threat|warning recip=iobj,p:to,obj>p:to,obj>p:against
threaten.give-ultimatum    THREATEN relations v:give obj=ultimatum recip=iobj,p:to,obj>p:to
threaten.n-threat          THREATEN - n:threat recip=p:against,p:to
threaten.n-ultimatum       THREATEN relations n:ultimatum recip=p:to
threaten.n-warning         THREATEN - n:warning recip=p:to,p:against

## Additions after reading PLV_train (dev set) phrasing
request.seek-refuge    REQUEST assist v:seek obj=refuge|asylum|shelter|sanctuary|protection recip=p:in,p:from,obj>p:in ctx=asylum
request.pressure       REQUEST - v:pressure
request.pressure-to    REQUEST - v:pressure xcomp
request.push-to        REQUEST - v:push xcomp
request.demand-expl    REQUEST - v:demand obj=explanation|apology|answer|clarification|investigation|inquiry recip=p:from,obj>p:from
accuse.attack-verbal   ACCUSE disapprove v:attack subj=article|statement|editorial|report|newspaper|column|speech|campaign|ad|blog|post|tweet|comment|critic|opposition|lawmaker|commentator
reject.quash           REJECT - v:quash
reject.annul           REJECT - v:annul
reject.nullify         REJECT - v:nullify
reject.invalidate      REJECT - v:invalidate
reject.strike-down     REJECT - v:strike+down
accuse.n-criticism-fr  ACCUSE disapprove n:criticism p:from actor=p:from recip=p:over,p:of,p:for

# --- h2-events additions (PLV dev error analysis; written for Chronicle) ---
# "Russia says Israel must end the attacks": a reported obligation is a REQUEST to
# the subject of the content clause; the clause itself is content, not an event.
request.say-must       REQUEST - v:say modal=must|should|ought recip=ccomp>subj
request.insist-must    REQUEST - v:insist modal=must|should|ought recip=ccomp>subj
request.stress-must    REQUEST - v:stress modal=must|should|ought recip=ccomp>subj
request.demand-that    REQUEST - v:demand ccomp recip=ccomp>subj
request.urge-that      REQUEST - v:urge ccomp recip=ccomp>subj
request.insist-that    REQUEST - v:insist ccomp=release|withdraw|leave|stop|end|resign|apologize|apologise|step|pay|return|allow|lift|cease|halt recip=ccomp>subj
# "the government said Taliban militants were responsible": a reported blame.
accuse.say-responsible ACCUSE allege v:say ccomp=responsible|guilty|culpable|behind|to_blame recip=ccomp>subj
accuse.n-legal-action  ACCUSE - n:action+legal recip=p:against
threaten.give-deadline THREATEN - v:give obj=deadline|ultimatum recip=iobj,p:to,obj>p:to,obj>p:for
threaten.set-deadline  THREATEN - v:set obj=deadline|ultimatum recip=p:for,obj>p:for,p:to,obj>p:to
reject.walk-out-of     REJECT meet v:leave obj=@talks recip=obj>p:with,p:with
reject.violate-rule    REJECT - v:violate obj=ban|resolution|agreement|treaty|sanction|embargo|law|rule|order|deal|accord|commitment|obligation|pact|arrangement recip=obj>p:by,obj>poss,obj>p:of
reject.sabotage        REJECT - v:sabotage obj=@agreement|@talks|process|effort|agreement recip=obj>poss,obj>p:with
# "failed to reach agreement": an agreement that did not happen is coded REJECT (the
# parties end up refusing each other's terms), not AGREE + negated.
reject.fail-agree      REJECT - v:fail xcomp=reach|agree|sign|conclude|strike|seal|approve|ratify|settle|resolve|find recip=xcomp>p:with,xcomp>obj>p:with
# A warning addressed to someone is a threat ("warned the envoy that it would expel him");
# a bare "warned that Russia might lash out" is a prediction (threaten.warn has !ccomp).
threaten.warn-addressee THREATEN - v:warn obj=* ccomp recip=obj
threaten.warn-iobj      THREATEN - v:warn iobj ccomp recip=iobj
