/** The CLI's name, version and home, as reports (SARIF) name the tool. Keep the version in step with package.json (a test checks it). */
export const TOOL_NAME = 'sigma-workbench';
export const TOOL_VERSION = '0.1.0';
export const TOOL_INFORMATION_URI = 'https://github.com/sigma-workbench/sigma-workbench';
