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
  if (hasUserInfo(parsed))
    return `${withoutUserInfo(parsed)} must not hold a user name or password (user:password@); give the org URL alone`;
  const loopback = isLoopbackHost(parsed.hostname);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && loopback)) {
    return `"${url}" must use https:// (plain http is accepted only for 127.0.0.1 or localhost)`;
  }
  if (!loopback && !allowCustomHost && !isSalesforceHost(parsed.hostname)) {
    return `"${url}" is not a Salesforce domain (such as *.my.salesforce.com); set allow-custom-instance-host: true if this host really serves your org`;
  }
  return void 0;
}
function hasUserInfo(url) {
  return url.username !== "" || url.password !== "";
}
function withoutUserInfo(url) {
  const copy = new URL(url.href);
  copy.username = "";
  copy.password = "";
  return `"${copy.href}"`;
}
function isPrivateAddress(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 0 || a === 100 && b >= 64 && b <= 127 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168 || a === 169 && b === 254;
  }
  if (!host.includes(":")) return false;
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const high = parseInt(mapped[1] ?? "0", 16);
    const low = parseInt(mapped[2] ?? "0", 16);
    const v4text = `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
    return isPrivateAddress(v4text) || isLoopbackHost(v4text);
  }
  return host === "::" || /^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host);
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
  if (resolved.origin !== base.origin || hasUserInfo(resolved)) {
    return {
      problem: `the org answered with a URL on another host (${resolved.origin}, not ${base.origin}); the session is sent only to the org it was issued for`
    };
  }
  return { url: resolved.href };
}
function checkIssuedInstanceUrl(instanceUrl, loginUrl, allowCustomHost) {
  const problem = issuedUrlProblem(instanceUrl, loginUrl, allowCustomHost);
  return problem && `The token endpoint answered with an instance URL the session is not sent to: ${problem}.`;
}
function issuedUrlProblem(instanceUrl, loginUrl, allowCustomHost) {
  let issued;
  let login;
  try {
    issued = new URL(instanceUrl);
    login = new URL(loginUrl);
  } catch {
    return checkOrgUrl(instanceUrl, allowCustomHost);
  }
  const sameHost = issued.hostname === login.hostname;
  const problem = checkOrgUrl(instanceUrl, allowCustomHost || sameHost);
  if (problem) return problem;
  if (issued.pathname !== "/" || issued.search !== "" || issued.hash !== "")
    return `${JSON.stringify(instanceUrl)} is not an org URL alone (it has a path, query or fragment)`;
  if (isPrivateAddress(issued.hostname) && !sameHost)
    return `${JSON.stringify(instanceUrl)} is a private address, and the sign-in host ${login.hostname} is not`;
  return void 0;
}
function checkGitHubApiUrl(url, apiBaseUrl) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `the GitHub API answered with a URL that is not one: ${JSON.stringify(url)}`;
  }
  const api = new URL(apiBaseUrl).origin;
  const origin = parsed.origin;
  if (origin === api && !hasUserInfo(parsed)) return void 0;
  return `the GitHub API answered with a URL on another host (${origin}, not ${api}); the GitHub token is sent only to the API of this run`;
}

export {
  isLoopbackHost,
  checkOrgUrl,
  resolveOrgUrl,
  checkIssuedInstanceUrl,
  checkGitHubApiUrl
};
