import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getOctokit
} from "./chunk-EXYSCR4Q.js";
import "./chunk-MIMD37XH.js";
import "./chunk-WP646LUM.js";

// src/action/github/octokit.ts
function createOctokit(token, env = process.env) {
  return getOctokit(token, { baseUrl: env.GITHUB_API_URL || "https://api.github.com" });
}
export {
  createOctokit
};
