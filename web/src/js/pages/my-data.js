// "Det ved vi om dig": the citizen's own data in easy-read form, who among the staff read it, and the whole of it as
// a file to download (the API's JSON as it came).
import { mountPage, esc, icon } from '../layout.js';
import { t, lang, code, pick } from '../i18n.js';
import { get } from '../api.js';
import { date, todayIso } from '../format.js';
import { dataCounts, readLines, dataFile, noticeSummary, notifiedBy, privacyRead } from '../my-data-model.js';

function download(data) {
  const file = dataFile(data);
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Dine beskeder": how many, and the titles of the latest few. */
function noticesSection(notices, day) {
  return `<section aria-labelledby="notices-heading"><h2 id="notices-heading">${esc(t('myData.notices'))}</h2>
    ${notices.count ? `<p id="notices-count">${esc(t('myData.noticesCount', { n: notices.count }))}</p>
      <p>${esc(t('myData.noticesLatest'))}</p>
      <ul id="notices-latest">${notices.latest.map((n) => `<li>${esc(pick(n.titleDa, n.titleEn))} (${esc(day(n.at))})</li>`).join('')}</ul>`
    : `<p id="notices-none">${esc(t('myData.noticesNone'))}</p>`}
    <p><a href="/mailbox.html">${esc(t('myData.noticesAll'))}</a></p></section>`;
}

/** "Sådan får du besked": the channel, and its address masked. */
function notifiedSection(notified) {
  return `<section aria-labelledby="notified-heading"><h2 id="notified-heading">${esc(t('myData.notified'))}</h2>
    <p id="notified">${esc(notified.chosen ? code('myData.channel', notified.channel, { address: notified.address })
    : t('myData.notifiedNoChoice'))}</p>
    <p><a href="/notice-settings.html">${esc(t('mailbox.settings'))}</a></p></section>`;
}

/** "Privatlivserklæring": which version they read, and when. */
function privacySection(read, day) {
  return `<section aria-labelledby="privacy-heading"><h2 id="privacy-heading">${esc(t('myData.privacy'))}</h2>
    <p id="privacy-read">${esc(read ? t('myData.privacyRead', { version: read.version, date: day(read.at) })
    : t('myData.privacyNone'))}</p>
    <p><a href="/privacy-notice.html">${esc(t('myData.privacyOpen'))}</a></p></section>`;
}

mountPage({
  roles: ['citizen'],
  titleKey: 'myData.title',
  render: async (main) => {
    const data = await get('/api/me/data');
    const l = lang();
    const counts = dataCounts(data);
    const reads = readLines(data);
    const day = (at) => date(todayIso(new Date(at)), l);
    main.innerHTML = `<h1>${esc(t('myData.title'))}</h1>
      <p class="font-lead">${esc(t('myData.lead'))}</p>
      <p><button type="button" class="button button-primary" id="download">${icon('download')}${esc(t('myData.download'))}</button></p>
      <p class="form-hint">${esc(t('myData.downloadHint'))}</p>
      <section aria-labelledby="held-heading"><h2 id="held-heading">${esc(t('myData.held'))}</h2>
        <ul id="counts">${['applications', 'letters', 'auditEntries', 'supporters', 'guideRequests']
    .map((k) => `<li>${esc(t('myData.count.' + k, { n: counts[k] }))}</li>`).join('')}</ul></section>
      <section aria-labelledby="apps-heading"><h2 id="apps-heading">${esc(t('myData.applications'))}</h2>
        ${data.applications.length ? `<ul id="applications">${data.applications.map((a) => `<li>${esc(a.application.wish && a.application.wish.headline ? a.application.wish.headline : a.application.id)}: ${esc(code('status', a.application.status))}</li>`).join('')}</ul>`
    : `<p>${esc(t('myData.none'))}</p>`}</section>
      ${noticesSection(noticeSummary(data), day)}
      ${notifiedSection(notifiedBy(data))}
      ${privacySection(privacyRead(data), day)}
      <section aria-labelledby="reads-heading"><h2 id="reads-heading">${esc(t('myData.reads'))}</h2>
        <p>${esc(t('myData.readsLead'))}</p>
        ${reads.length ? `<table class="table table--zebra table--responsive-headers" id="reads">
          <thead><tr><th scope="col">${esc(t('myData.col.when'))}</th><th scope="col">${esc(t('myData.col.who'))}</th><th scope="col">${esc(t('myData.col.what'))}</th></tr></thead>
          <tbody>${reads.map((r) => `<tr><td data-title="${esc(t('myData.col.when'))}">${esc(date(todayIso(new Date(r.at)), l))}</td>
            <td data-title="${esc(t('myData.col.who'))}">${esc(t('myData.who', { role: code('role', r.role), staff: r.staff }))}</td>
            <td data-title="${esc(t('myData.col.what'))}">${esc(code('myData.recordType', r.recordType, { what: r.what }))}</td></tr>`).join('')}</tbody></table>`
    : `<p id="reads-none">${esc(t('myData.readsNone'))}</p>`}</section>
      <section aria-labelledby="not-heading"><h2 id="not-heading">${esc(t('myData.notIncluded'))}</h2>
        <p>${esc(pick(data.notIncluded && data.notIncluded.da, data.notIncluded && data.notIncluded.en))}</p>
        <p>${esc(t('myData.rights'))}</p></section>`;
    document.getElementById('download').addEventListener('click', () => download(data));
  },
});
