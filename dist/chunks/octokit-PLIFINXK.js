import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getOctokit
} from "./chunk-EXYSCR4Q.js";
import {
  checkGitHubApiUrl
} from "./chunk-ROJ5W54P.js";
import "./chunk-MIMD37XH.js";
import "./chunk-WP646LUM.js";

// src/github/api-origin.ts
function keepTokenOnApi(client, apiBaseUrl) {
  client.hook.before("request", (options) => {
    const problem = checkGitHubApiUrl(client.request.endpoint.parse(options).url, apiBaseUrl);
    if (problem) throw new Error(problem);
  });
  return client;
}

// src/action/github/octokit.ts
function createOctokit(token, env = process.env) {
  const baseUrl = env.GITHUB_API_URL || "https://api.github.com";
  return keepTokenOnApi(getOctokit(token, { baseUrl }), baseUrl);
}
export {
  createOctokit
};
