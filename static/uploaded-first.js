// Runs before the page is drawn (a blocking script in <head>, from this origin as the security
// policy requires), so a view's figures worked out at build time from the embedded extracts are
// never shown, even for the moment before the app's scripts start, as if they were the user's:
// for each dataset the registry has marked as holding uploads kept on this device
// (src/lib/datasets/uploaded-mark.ts keeps the mark), the page's build-time figures drawn from it
// are hidden and its "loading your data" note is shown instead. The app then takes over.
(function () {
	var ids;
	try {
		ids = JSON.parse(localStorage.getItem('scrutiny-uploaded-datasets') || '[]');
	} catch {
		return;
	}
	if (!Array.isArray(ids)) return;
	var rules = ids
		.filter(function (id) {
			// Dataset ids are lower-case words and hyphens; anything else is not ours and is left out of the CSS.
			return typeof id === 'string' && /^[a-z0-9-]+$/.test(id);
		})
		.map(function (id) {
			return '[data-embedded-for~="' + id + '"] .embedded-figures{display:none!important}[data-embedded-for~="' + id + '"] .uploaded-note{display:block!important}';
		});
	if (!rules.length) return;
	var style = document.createElement('style');
	style.textContent = rules.join('');
	document.head.appendChild(style);
})();
