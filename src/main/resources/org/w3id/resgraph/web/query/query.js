// The query editor at /query: YASGUI set up for this server. Everything it loads comes from this server:
// its settings (/query/config.json: endpoint, timeouts, prefixes), the example queries (/queries/) and the
// vocabulary's classes and properties (asked of the endpoint). Nothing is fetched from other hosts: the
// completers that would ask prefix.cc or Linked Open Vocabularies are replaced by ones that read this data.
//
// Links: /query?query=<SPARQL> opens (and runs) that query, as YASGUI's own share links do;
// /query?example=<file.rq> opens (and runs) one of the example queries.
(function () {
  'use strict';
  const Yasqe = Yasgui.Yasqe;
  const Yasr = Yasgui.Yasr;

  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status} ${r.statusText}`);
      return r.json();
    });
  }

  function say(message) {
    const box = document.getElementById('copied');
    const text = document.getElementById('copied-text');
    text.value = message;
    box.classList.add('shown');
    text.select();
  }

  // ---- completion from this dataset, not from the web

  function completers(prefixes, terms) {
    const declarations = Object.keys(prefixes).sort().map((p) => `${p}: <${prefixes[p]}>`);
    // typing "rg:" adds "PREFIX rg: <…>"; after PREFIX, Ctrl-Space lists the project's prefixes
    Yasqe.forkAutocompleter('prefixes', {
      name: 'resgraphPrefixes',
      persistenceId: null,
      get: () => Promise.resolve(declarations),
    }, false);
    Yasqe.forkAutocompleter('property', {
      name: 'resgraphProperties',
      persistenceId: null,
      bulk: true,
      get: () => Promise.resolve(terms.properties),
    }, false);
    Yasqe.forkAutocompleter('class', {
      name: 'resgraphClasses',
      persistenceId: null,
      bulk: true,
      get: () => Promise.resolve(terms.classes),
    }, false);
    // the defaults are shared by every tab's editor: replace them in place (a merge would keep LOV's)
    const names = Yasqe.defaults.autocompleters;
    names.splice(0, names.length, 'variables', 'resgraphPrefixes', 'resgraphProperties', 'resgraphClasses');
  }

  function vocabulary(endpoint) {
    const query = `PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?term ?kind WHERE {
  VALUES ?kind { owl:Class rdfs:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty rdf:Property }
  ?term a ?kind FILTER(isIRI(?term))
}`;
    return fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query }),
    }).then((r) => (r.ok ? r.json() : { results: { bindings: [] } }))
      .then((data) => {
        const classes = new Set();
        const properties = new Set();
        for (const b of data.results.bindings) {
          (b.kind.value.endsWith('Class') ? classes : properties).add(b.term.value);
        }
        return { classes: [...classes].sort(), properties: [...properties].sort() };
      }).catch(() => ({ classes: [], properties: [] }));
  }

  // ---- result IRIs of this dataset open their pages on this server

  function localPages(base) {
    const table = Yasr.plugins.table;
    const original = table.prototype.getUriLinkFromBinding;
    table.prototype.getUriLinkFromBinding = function (binding, prefixes) {
      const html = original.call(this, binding, prefixes);
      const iri = binding.value;
      let local = null;
      if (base && iri.startsWith(`${base}id/`)) local = `/doc/${iri.substring(base.length + 3)}`;
      else if (base && iri.startsWith(base)) local = `/${iri.substring(base.length)}`;
      if (!local) return html;
      const holder = document.createElement('template');
      holder.innerHTML = html;
      const a = holder.content.querySelector('a');
      if (!a) return html;
      a.setAttribute('href', local);
      a.setAttribute('target', '_self');
      a.removeAttribute('ref');
      a.setAttribute('title', iri);
      return holder.innerHTML;
    };
  }

  // ---- downloads, links, curl

  const SELECT_FORMATS = {
    csv: ['text/csv', 'csv', 'CSV'],
    tsv: ['text/tab-separated-values', 'tsv', 'TSV'],
    json: ['application/sparql-results+json', 'json', 'JSON'],
  };
  const GRAPH_FORMATS = {
    csv: ['text/turtle', 'ttl', 'Turtle'],
    tsv: ['application/n-triples', 'nt', 'N-Triples'],
    json: ['application/ld+json', 'jsonld', 'JSON-LD'],
  };

  function formats(tab) {
    const type = tab.getYasqe() ? tab.getYasqe().getQueryType() : 'SELECT';
    return type === 'CONSTRUCT' || type === 'DESCRIBE' ? GRAPH_FORMATS : SELECT_FORMATS;
  }

  function shellQuote(s) {
    return `'${s.replace(/'/g, "'\\''")}'`;
  }

  function start(config, examples, terms) {
    const endpoint = new URL(config.endpoint, window.location.href).href;
    const prefixes = config.prefixes || {};
    const base = prefixes.un ? prefixes.un.replace(/id\/un\/$/, '') : null;
    document.getElementById('endpoint').textContent = endpoint;

    const timeout = document.getElementById('timeout');
    timeout.max = String(config.maxTimeout);
    timeout.value = String(config.timeout);
    document.getElementById('timeout-max').textContent =
      `(at most ${config.maxTimeout} s on this server; every row of a result is sent, the table shows them a page at a time, and downloads hold them all)`;
    const seconds = () => {
      const n = Math.round(Number(timeout.value));
      return Number.isFinite(n) && n >= 1 ? Math.min(n, config.maxTimeout) : config.timeout;
    };
    timeout.addEventListener('change', () => { timeout.value = String(seconds()); });

    completers(prefixes, terms);
    localPages(base);
    const header = Object.keys(prefixes).sort().map((p) => `PREFIX ${p}: <${prefixes[p]}>`).join('\n');
    const yasgui = new Yasgui(document.getElementById('editor'), {
      requestConfig: { endpoint, method: 'POST' },
      copyEndpointOnNewTab: false,
      endpointCatalogueOptions: { getData: () => [{ endpoint }], keys: [] },
      yasqe: {
        value: `${header}\n\nSELECT ?resolution ?title WHERE {\n  ?resolution a rg:Resolution ; dcterms:title ?title .\n} LIMIT 20`,
        prefixCcApi: null,
      },
      yasr: { prefixes },
    });
    // the endpoint and the timeout go with every request, whatever a tab restored from an earlier visit holds
    yasgui.on('queryBefore', (y, tab) => {
      tab.setRequestConfig({ endpoint, args: [{ name: 'timeout', value: String(seconds()) }] });
    });

    const current = () => yasgui.getTab();
    const relabel = () => {
      const f = formats(current());
      for (const button of document.querySelectorAll('#downloads button')) {
        button.textContent = f[button.dataset.format][2];
      }
    };
    yasgui.on('tabSelect', () => setTimeout(relabel));
    yasgui.on('tabChange', () => setTimeout(relabel));
    relabel();

    function open(query, name, run) {
      const tab = yasgui.addTab(true, { name, yasqe: { value: query }, requestConfig: { endpoint } }, { avoidDuplicateTabs: true });
      const chosen = tab || current();
      if (run && chosen) chosen.query().catch(() => {});
      relabel();
      return chosen;
    }

    // the example queries, with their questions
    const list = document.getElementById('example-list');
    for (const example of examples) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `/query?example=${encodeURIComponent(example.file)}`;
      a.textContent = example.question;
      a.dataset.file = example.file;
      a.addEventListener('click', (event) => {
        event.preventDefault();
        window.history.replaceState(null, '', a.href);
        open(example.query, example.file.replace(/\.rq$/, ''), false);
      });
      const file = document.createElement('span');
      file.className = 'file';
      file.textContent = ` ${example.file}`;
      li.append(a, file);
      list.append(li);
    }
    const wanted = new URLSearchParams(window.location.search).get('example');
    if (wanted) {
      const example = examples.find((e) => e.file === wanted);
      if (example) open(example.query, example.file.replace(/\.rq$/, ''), true);
      else say(`There is no example query named ${wanted}.`);
    }

    document.getElementById('share').addEventListener('click', () => {
      const link = `${window.location.origin}/query?query=${encodeURIComponent(current().getQuery())}`;
      window.history.replaceState(null, '', link);
      say(link);
      if (navigator.clipboard) navigator.clipboard.writeText(link).catch(() => {});
    });
    document.getElementById('curl').addEventListener('click', () => {
      const accept = formats(current()).csv[0];
      const command = `curl -H ${shellQuote(`Accept: ${accept}`)} --data-urlencode ${shellQuote(`query=${current().getQuery()}`)}`
        + ` --data timeout=${seconds()} ${shellQuote(endpoint)}`;
      say(command);
      if (navigator.clipboard) navigator.clipboard.writeText(command).catch(() => {});
    });
    for (const button of document.querySelectorAll('#downloads button')) {
      button.addEventListener('click', () => {
        const [accept, extension] = formats(current())[button.dataset.format];
        button.disabled = true;
        fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
          body: new URLSearchParams({ query: current().getQuery(), timeout: String(seconds()) }),
        }).then(async (r) => {
          if (!r.ok) throw new Error(`${r.status} ${(await r.text()).trim().slice(0, 300)}`);
          return r.blob();
        }).then((blob) => {
          const a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = `resgraph-results.${extension}`;
          document.body.append(a);
          a.click();
          setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
        }).catch((e) => say(`The download failed: ${e.message}`))
          .finally(() => { button.disabled = false; });
      });
    }
    window.resgraphEditor = yasgui;
  }

  Promise.all([json('/query/config.json'), json('/queries/').catch(() => [])])
    .then(([config, examples]) => vocabulary(new URL(config.endpoint, window.location.href).href)
      .then((terms) => start(config, examples, terms)))
    .catch((e) => {
      document.getElementById('editor').textContent = `The editor could not start: ${e.message}`;
    });
}());
