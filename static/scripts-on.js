// Runs before the page is drawn (a blocking script in <head>, from this origin as the security
// policy requires). It says the app's scripts will run, so the page is drawn from its first paint
// the way it will look once they have: on a phone the navigation is folded behind its Menu button
// at once, instead of showing every link until the app starts and then folding them, which moved
// the whole page up by a screen (a layout shift of 0.39 measured at 390 px). A browser too old for
// the app's modules is not marked, and keeps the links showing. GOV.UK Frontend does the same
// with its "govuk-frontend-supported" class.
if ('noModule' in HTMLScriptElement.prototype) document.documentElement.setAttribute('data-scripts', 'on');
