# seed written for the fuzzer
@envoys = envoy diplomat delegate
meet.talks   CONSULT - v:meet recip=p:with
warn.warn    THREATEN - v:warn recip=obj
send.envoy   CONSULT - v:send obj:@envoys
