// Which names in a data folder the watcher ignores: git's own folder and editors' temporary files.

// Vim swap files (.swp, .swo, .swx, …) and its write-test file "4913", backups ending in "~",
// Emacs lock and autosave files (".#x", "#x#"), "*.tmp" (many editors' atomic saves), JetBrains'
// "___jb_tmp___"/"___jb_old___" and gedit's ".goutputstream-*".
const TEMPORARY = [/\.sw[a-p]$/i, /\.swx$/i, /^4913$/, /~$/, /^\.#/, /^#.*#$/, /\.tmp$/i, /___jb_(tmp|old)___$/, /^\.goutputstream-/];

/** True for names the watcher never reports or descends into. */
export function isIgnoredName(name: string): boolean {
  return name === ".git" || TEMPORARY.some((re) => re.test(name));
}
