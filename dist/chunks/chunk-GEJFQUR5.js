import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/http/url-policy.ts
var SALESFORCE_SUFFIXES = [
  ".salesforce.com",
  ".force.com",
  ".salesforce.mil",
  ".cloudforce.com",
  ".database.com",
  ".sfcrmproducts.cn",
  ".salesforce-setup.com",
  ".salesforce-sites.com",
  ".force.mil"
];
function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
function isSalesforceHost(hostname) {
  const host = hostname.toLowerCase();
  return SALESFORCE_SUFFIXES.some((suffix) => host.endsWith(suffix) || host === suffix.slice(1));
}
function checkOrgUrl(url, allowCustomHost) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL; expected e.g. https://acme.my.salesforce.com`;
  }
  const loopback = isLoopbackHost(parsed.hostname);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && loopback)) {
    return `"${url}" must use https:// (plain http is accepted only for 127.0.0.1 or localhost)`;
  }
  if (!loopback && !allowCustomHost && !isSalesforceHost(parsed.hostname)) {
    return `"${url}" is not a Salesforce domain (such as *.my.salesforce.com); set allow-custom-instance-host: true if this host really serves your org`;
  }
  return void 0;
}
function resolveOrgUrl(instanceUrl, pathOrUrl) {
  const base = new URL(instanceUrl);
  let resolved;
  try {
    resolved = new URL(pathOrUrl, `${base.origin}/`);
  } catch {
    return {
      problem: `the org answered with a path that is not a URL: ${JSON.stringify(pathOrUrl)}`
    };
  }
  if (resolved.origin !== base.origin) {
    return {
      problem: `the org answered with a URL on another host (${resolved.origin}, not ${base.origin}); the session is sent only to the org it was issued for`
    };
  }
  return { url: resolved.href };
}
function checkIssuedInstanceUrl(instanceUrl, loginUrl, allowCustomHost) {
  let sameHost = false;
  try {
    sameHost = new URL(instanceUrl).hostname === new URL(loginUrl).hostname;
  } catch {
    sameHost = false;
  }
  const problem = checkOrgUrl(instanceUrl, allowCustomHost || sameHost);
  return problem && `The token endpoint answered with an instance URL the session is not sent to: ${problem}.`;
}
function checkGitHubApiUrl(url, apiBaseUrl) {
  let origin;
  try {
    origin = new URL(url).origin;
  } catch {
    return `the GitHub API answered with a URL that is not one: ${JSON.stringify(url)}`;
  }
  const api = new URL(apiBaseUrl).origin;
  if (origin === api) return void 0;
  return `the GitHub API answered with a URL on another host (${origin}, not ${api}); the GitHub token is sent only to the API of this run`;
}

export {
  isLoopbackHost,
  checkOrgUrl,
  resolveOrgUrl,
  checkIssuedInstanceUrl,
  checkGitHubApiUrl
};
