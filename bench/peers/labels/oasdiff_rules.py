# Rollback-safety judgement per oasdiff check id (the id a test expects), used as the first guess of a
# pair's label; make-oasdiff-labels.py then applies per-pair judgements (PAIRS) read from the fixtures.
# The project's stance (README "Decisions", docs/rules): deploy direction = clients built against
# base meet head; rollback direction = clients that adopted head meet base again. Requests: a
# narrowing breaks old clients; a widening is safe, except a new enum value (request-enum-value-added:
# clients that send it are rejected after a rollback). Responses: a widening breaks old clients; a
# narrowing is safe; a new oneOf/anyOf variant is like a new enum value (warning, issue 15).
# Lifecycle metadata (deprecation, sunset, stability) is not wire behaviour: n/a.
B, S = 'breaking', 'safe'
RULES = {
  # security
  'api-global-security-added': (B, 'a security requirement added for every operation: old clients without credentials are refused'),
  'api-security-added': (B, 'a security requirement added: old clients without those credentials are refused'),
  'api-security-scope-added': (B, 'a scope added to a requirement: old clients\' tokens lack it'),
  'api-global-security-removed': (S, 'security removed: old clients still send credentials, which are ignored'),
  'api-security-removed': (S, 'security removed: old clients still send credentials, which are ignored'),
  'api-security-scope-removed': (S, 'a scope no longer required: old tokens still pass'),
  'api-security-component-added': (S, 'a security scheme defined in components: nothing requires it yet'),
  'api-security-component-removed': (S, 'an unused security scheme removed from components'),
  # new request inputs
  'new-optional-request-default-parameter-to-existing-path': (S, 'a new optional parameter: old clients omit it'),
  'new-optional-request-parameter': (S, 'a new optional parameter: old clients omit it'),
  'new-optional-request-property': (S, 'a new optional request property: old clients omit it'),
  'new-required-request-default-parameter-to-existing-path': (B, 'a new required parameter: old clients do not send it'),
  'new-required-request-property': (B, 'a new required request property: old clients do not send it'),
  'new-required-request-property-with-default': (B, 'a new required request property, even with a default: old clients do not send it (issue 15: a warning)'),
  'request-body-became-required': (B, 'the body became required: old clients that send none are refused'),
  'request-body-removed': (B, 'the request body is no longer read: what old clients send is dropped'),
  'request-property-removed': (B, 'old clients still send the property: refused or silently dropped (request-property-removed, warning)'),
  'request-property-became-optional': (S, 'old clients still send it'),
  # media types
  'request-body-media-type-added': (S, 'a new request media type: old clients keep theirs'),
  'request-body-media-type-removed': (B, 'old clients still send that media type'),
  'response-media-type-added': (S, 'a new response media type: old clients do not ask for it'),
  'response-media-type-removed': (B, 'old clients expect that media type'),
  'request-body-media-type-schema-added': (B, 'a request media type that accepted anything now has a schema: narrowing'),
  'request-body-media-type-schema-removed': (S, 'a request media type lost its schema: accepts more'),
  'response-body-media-type-schema-added': (S, 'a response media type gains a schema: narrowing, old clients unaffected'),
  'response-body-media-type-schema-removed': (B, 'a response media type lost its schema: anything may come back'),
  'response-mediatype-enum-value-removed': (S, 'a response media-type parameter value removed: narrowing'),
  # response presence / requiredness
  'response-optional-property-added': (S, 'a new response property: a notice (clients must tolerate its absence)'),
  'response-required-property-added': (S, 'a new response property: a notice (clients must tolerate its absence)'),
  'response-optional-property-removed': (B, 'old clients read it'),
  'response-required-property-removed': (B, 'old clients read it'),
  'response-property-became-optional': (B, 'old clients rely on it being present'),
  'response-property-became-required': (S, 'old clients handle its presence'),
  'response-body-became-nullable': (B, 'old clients meet null'),
  'response-property-became-nullable': (B, 'old clients meet null'),
  'request-body-became-nullable': (S, 'a request accepts null too: widening'),
  'request-property-became-nullable': (S, 'a request accepts null too: widening'),
  'request-body-became-not-nullable': (B, 'old clients may send null'),
  'request-property-became-not-nullable': (B, 'old clients may send null'),
  # webhooks
  'webhook-added': (S, 'a new webhook: like endpoint-added, a notice'),
  'webhook-removed': (B, 'receivers stop getting calls they rely on'),
  # defaults
  'request-parameter-default-value-changed': (B, 'old clients that omit it get a different value filled in'),
  'request-body-default-value-changed': (B, 'old clients that omit it get a different value filled in'),
  'response-property-default-value-changed': (B, 'old clients read an absent property with the old default'),
  # discriminators: which variant a payload is
  'request-body-discriminator-added': (S, 'a discriminator added: the accepted values are unchanged'),
  'request-body-discriminator-removed': (S, 'a discriminator removed: the accepted values are unchanged'),
  'request-property-discriminator-added': (S, 'a discriminator added: the accepted values are unchanged'),
  'request-property-discriminator-removed': (S, 'a discriminator removed: the accepted values are unchanged'),
  'response-body-discriminator-added': (S, 'a discriminator added: the accepted values are unchanged'),
  'response-body-discriminator-removed': (S, 'a discriminator removed: the accepted values are unchanged'),
  'response-property-discriminator-added': (S, 'a discriminator added: the accepted values are unchanged'),
  'response-property-discriminator-removed': (S, 'a discriminator removed: the accepted values are unchanged'),
  'request-body-discriminator-mapping-added': (S, 'a mapping entry added: old values still map'),
  'request-property-discriminator-mapping-added': (S, 'a mapping entry added: old values still map'),
  'response-body-discriminator-mapping-added': (B, 'a response discriminator value old clients cannot map (like a new enum value)'),
  'response-property-discriminator-mapping-added': (B, 'a response discriminator value old clients cannot map (like a new enum value)'),
  'request-body-discriminator-mapping-deleted': (B, 'old clients still send that discriminator value'),
  'request-property-discriminator-mapping-deleted': (B, 'old clients still send that discriminator value'),
  'response-body-discriminator-mapping-deleted': (S, 'a response discriminator value no longer sent: narrowing'),
  'response-property-discriminator-mapping-deleted': (S, 'a response discriminator value no longer sent: narrowing'),
  'request-property-discriminator-mapping-changed': (B, 'a discriminator value maps to another schema: old payloads are read as another variant'),
  'response-property-discriminator-mapping-changed': (B, 'a discriminator value maps to another schema: old clients decode another variant'),
  'request-body-discriminator-property-name-changed': (B, 'the variant is chosen by another property: old clients\' payloads are dispatched wrongly'),
  'request-property-discriminator-property-name-changed': (B, 'the variant is chosen by another property: old clients\' payloads are dispatched wrongly'),
  'response-body-discriminator-property-name-changed': (B, 'the variant is named by another property: old clients decode wrongly'),
  'response-property-discriminator-property-name-changed': (B, 'the variant is named by another property: old clients decode wrongly'),
  # extensible enums
  'request-parameter-x-extensible-enum-value-removed': (B, 'old clients still send the value'),
  'request-property-x-extensible-enum-value-removed': (B, 'old clients still send the value'),
  # composition, annotation-only
  'request-body-all-of-added-annotation-only': (S, 'an allOf member with annotations only: accepts the same'),
  'request-property-all-of-added-annotation-only': (S, 'an allOf member with annotations only: accepts the same'),
  'response-body-all-of-added-annotation-only': (S, 'an allOf member with annotations only: accepts the same'),
  'request-body-wrapped-in-one-of': (B, 'a request re-wrapped in oneOf: a value valid under two branches is rejected (issue 15)'),
  'response-body-wrapped-in-one-of': (B, 'a response re-wrapped in oneOf with a new branch: old clients meet the new variant'),
  'request-parameter-enum-value-added': (B, 'rollback direction: clients that send the new value are rejected by the old server (request-enum-value-added)'),
  'request-parameter-property-enum-value-added': (B, 'rollback direction: clients that send the new value are rejected by the old server (request-enum-value-added)'),
  'request-parameter-type-generalized': (S, 'request widening'),
  'request-parameter-property-type-generalized': (S, 'request widening'),
  'request-parameter-property-type-specialized': (B, 'request narrowing'),
  'request-parameter-property-type-changed': (B, 'old clients send the old type'),
  'request-body-type-compatible': (S, 'a compatible type change: accepts what it accepted'),
  'response-body-type-compatible': (S, 'a compatible type change: returns what old clients read'),
  'request-body-type-generalized': (S, 'request widening'),
  'pattern-added-error-comment': None, 'required-request-property-with-default-error-comment': None,
}
# keyword families: a request keyword that narrows breaks old clients; a response keyword that widens does
NARROW_REQ = ['all-of-added', 'any-of-removed', 'one-of-removed', 'became-enum', 'const-changed', 'contains-added',
  'content-schema-added', 'dependent-required-added', 'dependent-required-changed', 'dependent-schema-added', 'else-added',
  'if-added', 'then-added', 'exclusive-max-decreased', 'exclusive-min-increased', 'exclusive-max-set', 'exclusive-min-set',
  'list-of-types-narrowed', 'max-contains-decreased', 'min-contains-increased', 'max-length-set', 'max-set', 'min-set',
  'max-decreased', 'min-increased', 'max-items-decreased', 'min-items-increased', 'max-length-decreased',
  'min-length-increased', 'pattern-added', 'pattern-changed', 'pattern-property-added', 'prefix-items-added',
  'property-names-added', 'type-changed', 'unevaluated-items-added', 'unevaluated-properties-added', 'enum-value-removed',
  'content-encoding-changed', 'content-media-type-changed']
WIDEN_REQ = ['all-of-removed', 'any-of-added', 'one-of-added', 'contains-removed', 'content-schema-removed',
  'dependent-required-removed', 'dependent-schema-removed', 'else-removed', 'if-removed', 'then-removed',
  'exclusive-max-increased', 'exclusive-min-decreased', 'list-of-types-widened', 'max-contains-increased',
  'min-contains-decreased', 'max-increased', 'min-decreased', 'max-items-increased', 'min-items-decreased',
  'max-length-increased', 'min-length-decreased', 'pattern-removed', 'pattern-property-removed', 'prefix-items-removed',
  'property-names-removed', 'unevaluated-items-removed', 'unevaluated-properties-removed']

def judge(rule):
    if rule in RULES: return RULES[rule]
    for part in ('request-body-', 'request-property-', 'request-parameter-property-', 'request-parameter-', 'request-header-property-'):
        if rule.startswith(part):
            k = rule[len(part):]
            if k in NARROW_REQ: return (B, f'request {k.replace("-", " ")}: accepts less, old clients send what it now rejects')
            if k in WIDEN_REQ: return (S, f'request {k.replace("-", " ")}: accepts more, old clients unaffected (the project flags only new enum values in this direction)')
    for part in ('response-body-', 'response-property-'):
        if rule.startswith(part):
            k = rule[len(part):]
            if k in ('any-of-added', 'one-of-added'): return (B, 'a new response variant old clients do not know (like a new enum value, issue 15)')
            if k in ('content-encoding-changed', 'content-media-type-changed', 'const-changed', 'type-changed'): return (B, f'response {k.replace("-", " ")}: old clients read the old form')
            if k in WIDEN_REQ: return (B, f'response {k.replace("-", " ")}: may return what old clients do not accept')
            if k in NARROW_REQ: return (S, f'response {k.replace("-", " ")}: returns less, old clients unaffected')
    return None
