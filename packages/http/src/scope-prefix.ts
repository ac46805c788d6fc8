// The resource-server prefix a JWT scope may carry (`sluice/publish:orders`: Cognito names a custom scope
// `<resource server identifier>/<scope>`): the handlers accept a scope with or without it (caller.ts), and API
// Gateway's route scopes list both forms (infra/api.ts). Imports nothing, so the SST app can load it.
export const SCOPE_PREFIX = "sluice/";
