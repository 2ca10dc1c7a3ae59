/**
 * The subsidy finder in the browser: filters and sorts the rows the page rendered, and keeps
 * the choices in the address (/subsidies/?kind=培训补贴&sort=amount-desc) so a view can be shared.
 *
 * Loaded by SubsidyFilters.astro as a file of its own (astro.config.mjs never inlines scripts,
 * so a `script-src 'self'` policy allows it). It never builds markup: rows are shown, hidden
 * and moved; the count is set with textContent. It reads only `data-*` attributes and the
 * rows' own text.
 */

/** The form fields, by name. */
interface Choices {
  q: string;
  kind: string;
  beneficiary: string;
  jurisdiction: string;
  year: string;
  sort: string;
  amount: boolean;
  /** Only rules of documents in force (现行有效). */
  inforce: boolean;
}

const FIELDS = ['q', 'kind', 'beneficiary', 'jurisdiction', 'year', 'sort'] as const;

// A module, not a script: its names stay out of the global scope TypeScript checks.
export {};

mount();

function mount(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-subsidy-filters]');
  const body = document.querySelector<HTMLTableSectionElement>('[data-subsidy-rows]');
  if (!form || !body) return;
  const count = form.querySelector<HTMLElement>('[data-subsidy-count]');
  const empty = document.querySelector<HTMLElement>('[data-subsidy-empty]');
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-row-id]')];
  // The text a row is searched by: what it shows, without spaces (5000 元 matches 5000元); the
  // status cell's basis tooltip is not the rule's text. Read on the first search, not on load.
  const texts = new Map<HTMLTableRowElement, string>();
  const textOf = (row: HTMLTableRowElement) =>
    texts.get(row) ??
    texts
      .set(
        row,
        fold(
          [...row.cells]
            .filter((c) => !c.hasAttribute('data-status-cell'))
            .map((c) => c.textContent ?? '')
            .join(' '),
        ),
      )
      .get(row)!;

  restore(form, new URLSearchParams(location.search));
  form.hidden = false;

  const apply = () => {
    const choices = read(form);
    const terms = choices.q.split(/\s+/u).map(fold).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const visible =
        (choices.kind === '' || d.kind === choices.kind) &&
        (choices.beneficiary === '' || (d.beneficiaries ?? '').split(' ').includes(choices.beneficiary)) &&
        (choices.jurisdiction === '' || d.jurisdiction === choices.jurisdiction) &&
        (choices.year === '' || d.year === choices.year) &&
        (!choices.amount || d.hasAmount === 'yes') &&
        (!choices.inforce || d.status === 'in-force') &&
        terms.every((term) => textOf(row).includes(term));
      row.hidden = !visible;
      if (visible) shown++;
    }
    // Moving 400 rows relays the whole table out: only when the order changes.
    const order = sorted(rows, choices.sort);
    if (order.some((row, i) => body.children[i] !== row)) body.append(...order);
    if (count) count.textContent = `显示 ${shown} / ${rows.length} 条规定`;
    if (empty) empty.hidden = shown > 0;
    save(choices);
  };

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  // Filters apply as they change; 筛选 (submit) applies them again instead of leaving the page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  // The reset event fires before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
}

function read(form: HTMLFormElement): Choices {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  return {
    q: value('q').trim(),
    kind: value('kind'),
    beneficiary: value('beneficiary'),
    jurisdiction: value('jurisdiction'),
    year: value('year'),
    sort: value('sort'),
    amount: data.get('amount') !== null,
    inforce: data.get('inforce') !== null,
  };
}

/** Sets the fields from the address; a value a select does not offer is ignored. */
function restore(form: HTMLFormElement, params: URLSearchParams): void {
  for (const name of FIELDS) {
    const field = form.elements.namedItem(name);
    const value = params.get(name);
    if (value === null) continue;
    if (field instanceof HTMLInputElement) field.value = value;
    else if (field instanceof HTMLSelectElement && [...field.options].some((o) => o.value === value)) field.value = value;
  }
  const amount = form.elements.namedItem('amount');
  if (amount instanceof HTMLInputElement) amount.checked = params.get('amount') === '1';
  const inforce = form.elements.namedItem('inforce');
  if (inforce instanceof HTMLInputElement) inforce.checked = params.get('inforce') === '1';
}

/** Writes the choices into the address without adding a history entry. */
function save(choices: Choices): void {
  const params = new URLSearchParams();
  for (const name of FIELDS) if (choices[name] !== '') params.set(name, choices[name]);
  if (choices.amount) params.set('amount', '1');
  if (choices.inforce) params.set('inforce', '1');
  const query = params.toString();
  const url = `${location.pathname}${query === '' ? '' : `?${query}`}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}

/**
 * The rows in the chosen order. Rows without money sort after the others either way; ties
 * keep document order.
 */
function sorted(rows: readonly HTMLTableRowElement[], sort: string): HTMLTableRowElement[] {
  const order = (row: HTMLTableRowElement) => Number(row.dataset.order);
  const amount = (row: HTMLTableRowElement) => (row.dataset.amount ? Number(row.dataset.amount) : null);
  const date = (row: HTMLTableRowElement) => row.dataset.date || null;
  const by = <T>(key: (row: HTMLTableRowElement) => T | null, compare: (a: T, b: T) => number) => {
    return (a: HTMLTableRowElement, b: HTMLTableRowElement) => {
      const x = key(a);
      const y = key(b);
      if (x === null || y === null) return x === y ? order(a) - order(b) : x === null ? 1 : -1;
      return compare(x, y) || order(a) - order(b);
    };
  };
  const compare = {
    'amount-desc': by(amount, (x, y) => y - x),
    'amount-asc': by(amount, (x, y) => x - y),
    'date-desc': by(date, (x, y) => y.localeCompare(x)),
    'date-asc': by(date, (x, y) => x.localeCompare(y)),
  }[sort];
  return [...rows].sort(compare ?? ((a, b) => order(a) - order(b)));
}

/** Case and space folded, full-width digits and letters made half-width, for matching. */
function fold(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\s+/gu, '')
    .toLowerCase();
}
