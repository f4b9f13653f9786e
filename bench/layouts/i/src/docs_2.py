"""NY04-NY06: IPA authorization request, urgent-care follow-up referral, OB prenatal consult request."""
from common import npi, P, D, X, O, page, barcode


# ---------------------------------------------------------------- NY04
def ny04():
    """IPA/HMO referral-authorization request: numbered sections, plan checkboxes, CPT grid, dx pointers, IPA-use box."""
    f = {
        "patient_last_name": "Delgado",
        "patient_first_name": "Raymond",
        "patient_dob": "1958-04-30",
        "patient_sex": "M",
        "patient_phone": "5624390187",
        "insurance_payer": "Health Net",
        "insurance_member_id": "R0917364502",
        "referring_provider": "Lydia Nguyen-Baxter",
        "referring_npi": npi("130284619"),
        "referring_phone": "5624982300",
        "referring_fax": "5624982319",
        "referred_to_specialty": "physical_therapy",
        "diagnosis_codes": ["M51.16", "M54.50"],
        "reason": "Lumbar disc herniation with left L5 radiculopathy, 8 weeks of pain despite NSAIDs and home exercise. Request PT evaluation and treatment 2x/week for 6 weeks.",
        "urgency": "routine",
        "referral_date": "2026-10-20",
    }
    org_npi = npi("184730261")
    css = """
body { font-family: 'Nimbus Sans Narrow', 'Liberation Sans Narrow', sans-serif; font-size: 9.5pt; }
.hd { display:flex; justify-content:space-between; border-bottom: 2px solid #000; padding-bottom: 3px; }
.hd .n { font: bold 15pt 'Nimbus Sans'; letter-spacing: 1px; }
.ttl { text-align:center; font: bold 13pt 'Nimbus Sans'; margin: 5px 0 1px 0; }
.sub { text-align:center; font-size: 8.5pt; margin-bottom: 4px; }
.sec { border: 1.5px solid #000; margin-top: 5px; }
.sec .h { background:#000; color:#fff; font: bold 9pt 'Nimbus Sans'; padding: 1px 5px; }
table.f { width:100%; }
table.f td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
table.f td .l { font-size: 7.5pt; display:block; }
table.f td b { font-size: 10pt; font-family: 'Nimbus Sans', sans-serif; }
table.g { width:100%; }
table.g th { border: 1px solid #000; background: #ddd; font-size: 8pt; padding: 1px 4px; text-align:left; }
table.g td { border: 1px solid #000; padding: 2px 4px; font-size: 9.5pt; }
.ipa { border: 2px dashed #000; margin-top: 6px; padding: 4px 6px; background: #eee; font-size: 8.5pt; }
"""
    plans = ["Anthem Blue Cross", "Blue Shield of California", "Health Net", "Aetna", "Molina Healthcare", "SCAN Health Plan", "Other: ________"]
    plan_cb = " &nbsp; ".join(f"{X if p == 'Health Net' else O}{p}" for p in plans)
    body = f"""
<div class="hd"><div><div class="n">PACIFIC CREST IPA</div><div style="font-size:8.5pt">A Medical Group serving Long Beach &amp; the South Bay &bull; 3500 E. Ocean Blvd, Suite 300, Long Beach, CA 90803</div></div>
<div style="text-align:right;font-size:8.5pt">Utilization Management<br>UM Phone {P('5629814400', 'paren_nosp')} &bull; UM Fax {P('5629814470', 'paren_nosp')}<br>Provider Services {P('5629814411', 'paren_nosp')}</div></div>
<div class="ttl">REFERRAL / TREATMENT AUTHORIZATION REQUEST</div>
<div class="sub">Complete ALL sections. Incomplete requests will be returned. Authorization is not a guarantee of payment; member must be eligible on the date of service.</div>

<div class="sec"><div class="h">SECTION A &mdash; MEMBER</div>
<table class="f">
<tr><td style="width:38%"><span class="l">1. Member name (Last, First)</span><b>DELGADO, RAYMOND</b></td>
<td style="width:20%"><span class="l">2. DOB (yyyy-mm-dd)</span><b>{D(f['patient_dob'], 'iso')}</b></td>
<td style="width:14%"><span class="l">3. Sex</span>{X}M &nbsp;{O}F</td>
<td><span class="l">4. Member phone</span><b>{P(f['patient_phone'], 'paren_nosp')}</b></td></tr>
<tr><td colspan="4"><span class="l">5. Health plan</span>{plan_cb}</td></tr>
<tr><td><span class="l">6. Member ID #</span><b>{f['insurance_member_id']}</b></td>
<td colspan="2"><span class="l">7. Eligibility verified</span>{X}Yes {O}No &nbsp; by MS on {D('2026-10-20', 'iso')}</td>
<td><span class="l">8. Assigned PCP</span>Lydia Nguyen-Baxter, DO</td></tr>
</table></div>

<div class="sec"><div class="h">SECTION B &mdash; REQUESTING PROVIDER (PCP)</div>
<table class="f">
<tr><td style="width:38%"><span class="l">9. Requesting provider (Last, First, Credential)</span><b>NGUYEN-BAXTER, LYDIA, DO</b></td>
<td style="width:20%"><span class="l">10. NPI</span><b>{f['referring_npi']}</b></td>
<td style="width:14%"><span class="l">11. IPA Prov #</span>P20917</td>
<td><span class="l">12. Office / address</span>Long Beach Family Medicine, 2865 Atlantic Ave, Long Beach CA 90806</td></tr>
<tr><td><span class="l">13. Office phone</span><b>{P(f['referring_phone'], 'paren_nosp')}</b></td>
<td colspan="2"><span class="l">14. Office fax</span><b>{P(f['referring_fax'], 'paren_nosp')}</b></td>
<td><span class="l">15. Office contact</span>Marisol Pena, MA &nbsp; ext. 118</td></tr>
</table></div>

<div class="sec"><div class="h">SECTION C &mdash; SERVICING PROVIDER / FACILITY</div>
<table class="f">
<tr><td style="width:38%"><span class="l">16. Specialty requested</span><b>Physical Therapy</b></td>
<td colspan="2"><span class="l">17. Provider / facility name</span><b>Harbor Motion Physical Therapy, Inc.</b></td>
<td><span class="l">18. Servicing NPI</span>{org_npi}</td></tr>
<tr><td><span class="l">19. Address</span>4101 Long Beach Blvd, Long Beach CA 90807</td>
<td colspan="2"><span class="l">20. Phone / fax</span>{P('5624271150', 'paren_nosp')} / {P('5624271158', 'paren_nosp')}</td>
<td><span class="l">21. Network status</span>{X}In network &nbsp;{O}Out of network</td></tr>
</table></div>

<div class="sec"><div class="h">SECTION D &mdash; DIAGNOSIS AND SERVICES</div>
<table class="g">
<tr><th style="width:6%">Ptr</th><th style="width:16%">ICD-10-CM</th><th>Description</th></tr>
<tr><td>1</td><td><b>M51.16</b></td><td>Intervertebral disc disorders with radiculopathy, lumbar region</td></tr>
<tr><td>2</td><td><b>M54.50</b></td><td>Low back pain, unspecified</td></tr>
<tr><td>3</td><td></td><td></td></tr>
</table>
<table class="g" style="margin-top:3px">
<tr><th style="width:14%">CPT / HCPCS</th><th>Service description</th><th style="width:9%">Units</th><th style="width:9%">Dx ptr</th><th style="width:10%">POS</th></tr>
<tr><td>97163</td><td>PT evaluation, high complexity</td><td>1</td><td>1,2</td><td>11</td></tr>
<tr><td>97110</td><td>Therapeutic exercise, each 15 min</td><td>12</td><td>1,2</td><td>11</td></tr>
<tr><td>97140</td><td>Manual therapy techniques, each 15 min</td><td>12</td><td>1</td><td>11</td></tr>
<tr><td>97530</td><td>Therapeutic activities, each 15 min</td><td>6</td><td>1</td><td>11</td></tr>
</table></div>

<div class="sec"><div class="h">SECTION E &mdash; REQUEST TYPE</div>
<div style="padding:3px 5px">{X}<b>Routine</b> (decision within 5 business days) &nbsp;&nbsp; {O}<b>Urgent</b> (within 72 hours &ndash; delay could seriously jeopardize life or health; MD signature required) &nbsp;&nbsp; {O}Retro review</div></div>

<div class="sec"><div class="h">SECTION F &mdash; CLINICAL INFORMATION (attach notes, imaging, labs)</div>
<table class="f">
<tr><td style="width:22%"><span class="l">22. Reason for request</span></td><td><b style="font-weight:normal;font-size:10pt">{f['reason']}</b></td></tr>
<tr><td><span class="l">23. Conservative treatment to date</span></td><td>Naproxen 500 mg BID x 6 wks; home exercise program since {D('2026-08-25', 'iso')}; one ER visit {D('2026-09-14', 'iso')} (toradol IM).</td></tr>
<tr><td><span class="l">24. Imaging</span></td><td>MRI L-spine (CPT 72148) {D('2026-10-06', 'iso')}: L4-5 left paracentral extrusion contacting traversing L5 root. Read by Victor Amadi, MD.</td></tr>
<tr><td><span class="l">25. Attachments</span></td><td>{X}Office note {X}MRI report {O}Labs {O}Other</td></tr>
</table></div>

<table style="width:100%;margin-top:8px"><tr>
<td style="width:55%">Requesting provider signature: <span class="sig">L. Nguyen-Baxter</span></td>
<td>Date of request: <b>{D(f['referral_date'], 'iso')}</b></td></tr></table>

<div class="ipa"><b>FOR IPA USE ONLY</b> &nbsp;&nbsp; Auth # ______________ &nbsp; {O}Approved {O}Modified {O}Denied {O}Pended &nbsp;
Visits approved ____ &nbsp; Valid from ________ to ________ &nbsp; Reviewer ____________ &nbsp; Medical Director ____________</div>
<div class="pfoot" style="font-size:7.5pt;display:flex;justify-content:space-between"><span>PCIPA-UM-02 rev. 2024-03</span><span>Questions: Provider Services {P('5629814411', 'dash')} (M&ndash;F 8&ndash;5)</span><span>Page 1 of 1</span></div>
"""

    def header(i, n):
        return ("OCT-20-2026 09:12 FROM: LONG BEACH FAMILY MED  5624982319  TO: 5629814470", f"P. {i}/{n}")

    return dict(html=page("NY04", css, [body]), fields=f, pages=1, header=header,
                kind="ipa_hmo_referral_authorization_request_numbered_sections_physical_therapy_no_mrn", mode="standard")


# ---------------------------------------------------------------- NY05
def ny05():
    """Urgent-care chain: follow-up referral with patient sticker label and left sidebar + teleradiology x-ray report."""
    f = {
        "patient_last_name": "Haldane",
        "patient_first_name": "Trevor",
        "patient_dob": "1999-03-14",
        "patient_sex": "M",
        "patient_phone": "7204418820",
        "patient_mrn": "BW0092231",
        "insurance_payer": "Aetna",
        "insurance_member_id": "W284719036",
        "referring_provider": "Jordan Mayfield",
        "referring_npi": npi("172093846"),
        "referring_phone": "7206601414",
        "referring_fax": "7206601419",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Nadia Petrov",
        "diagnosis_codes": ["S62.024A", "W01.0XXA"],
        "reason": "Nondisplaced right scaphoid waist fracture on x-ray after fall on outstretched hand; placed in thumb spica splint. Needs hand/orthopedic follow-up for casting and repeat imaging.",
        "urgency": "urgent",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
.top { display:flex; justify-content:space-between; align-items:flex-start; }
.logo { font: bold 20pt 'DejaVu Sans'; letter-spacing: -1px; }
.logo span { font-weight: normal; font-size: 11pt; letter-spacing: 2px; }
.stk { border: 1.5px dashed #000; border-radius: 8px; padding: 5px 9px; font: 9.5pt 'Liberation Mono', monospace; line-height: 1.3; width: 3.0in; }
.ttl { font: bold 14pt 'DejaVu Sans'; border-top: 3px solid #000; border-bottom: 1px solid #000; margin-top: 8px; padding: 3px 0; }
.cols { display:flex; margin-top: 8px; gap: 14px; }
.side { width: 2.25in; }
.side .blk { background: #e4e4e4; border: 1px solid #000; padding: 5px 6px; margin-bottom: 8px; font-size: 8.5pt; }
.side .blk .h { font-weight: bold; font-size: 8pt; letter-spacing: 1px; border-bottom: 1px solid #000; margin-bottom: 3px; }
.main { flex:1; }
.main .it { margin-bottom: 8px; }
.main .it .h { font-weight: bold; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.5px; }
.main .it .b { font-size: 10pt; padding-left: 8px; }
.pri { border: 2px solid #000; padding: 4px 8px; font: bold 11pt 'DejaVu Sans'; display: inline-block; }
table.dx td { padding: 1px 8px 1px 0; font-size: 9.5pt; vertical-align: top; }
.rr { font-family: 'Liberation Mono', monospace; font-size: 9.5pt; line-height: 1.35; }
.rr .h { font-weight: bold; }
"""
    sticker = f"""<div class="stk"><b>HALDANE, TREVOR J</b><br>DOB: {D(f['patient_dob'])} &nbsp; M &nbsp; 27Y<br>
MRN: {f['patient_mrn']} &nbsp; ACCT: 14-220917<br>DOS: {D('2026-11-03')} &nbsp; FC: COMM<br>{barcode(55, 38, '0.24in')}</div>"""
    p1 = f"""
<div class="top"><div><div class="logo">brightway <span>URGENT CARE</span></div>
<div style="font-size:8.5pt">Westminster &ndash; 92nd Ave (Clinic #14) &bull; 7280 W. 92nd Ave, Westminster, CO 80021<br>
Clinic {P(f['referring_phone'], 'dot')} &bull; Clinic fax {P(f['referring_fax'], 'dot')}<br>Open 8 am &ndash; 8 pm, 7 days &bull; brightwayuc.example</div></div>
{sticker}</div>
<div class="ttl">SPECIALIST FOLLOW-UP REFERRAL</div>
<div class="cols">
<div class="side">
  <div class="blk"><div class="h">PATIENT CONTACT</div>Mobile: {P(f['patient_phone'], 'dot')}<br>Address: 3350 W. 88th Ave #204, Westminster CO 80031<br>
  Emergency contact: Ana Haldane (mother) {P('7204413307', 'dot')}</div>
  <div class="blk"><div class="h">INSURANCE</div>Payer: <b>{f['insurance_payer']}</b><br>Plan: Choice POS II<br>ID: <b>{f['insurance_member_id']}</b><br>Group: 0861522<br>Copay collected: $75</div>
  <div class="blk"><div class="h">PHARMACY</div>King Soopers Pharmacy #62<br>{P('3034268811', 'dot')}</div>
  <div class="blk"><div class="h">PCP ON FILE</div>Gabriel Ostrowski, MD<br>Arvada Family Physicians<br>{P('3034224100', 'dot')}</div>
</div>
<div class="main">
  <div class="it"><div class="h">Referral date</div><div class="b">{D(f['referral_date'], 'abbr')}</div></div>
  <div class="it"><div class="h">Follow up with</div><div class="b"><b>Orthopedics &ndash; Hand</b><br>Nadia Petrov, MD &nbsp;&bull;&nbsp; Summit Orthopaedic Hand Center<br>
  8550 W. 38th Ave, Wheat Ridge, CO 80033<br>Ph {P('3034257710', 'dot')} &nbsp; Fax {P('3034257731', 'dot')}</div></div>
  <div class="it"><div class="h">Priority</div><div class="b"><span class="pri">URGENT &ndash; within 3 to 5 days</span></div></div>
  <div class="it"><div class="h">Diagnoses (ICD-10-CM)</div><div class="b"><table class="dx">
  <tr><td><b>S62.024A</b></td><td>Nondisplaced fracture of middle third of navicular [scaphoid] bone of right wrist, initial encounter for closed fracture</td></tr>
  <tr><td><b>W01.0XXA</b></td><td>Fall on same level from slipping, tripping and stumbling, initial encounter</td></tr></table></div></div>
  <div class="it"><div class="h">Reason for referral</div><div class="b">{f['reason']}</div></div>
  <div class="it"><div class="h">Treatment today</div><div class="b" style="font-size:9pt">Slipped on wet tile at work {D('2026-11-02', 'abbr')}, landed on outstretched right hand.
  Snuffbox tenderness. XR wrist R 3 views (CPT 73110) read by teleradiology (attached). Thumb spica splint (HCPCS Q4049), sling.
  Ibuprofen 600 mg q6h PRN. Not a workers&rsquo; comp claim per patient. Work note: no use of R hand x 1 week.</div></div>
  <div class="it"><div class="h">Referring provider</div><div class="b">Jordan Mayfield, PA-C &nbsp; NPI {f['referring_npi']}<br>
  <span style="font-size:9pt">Supervising physician: Corinne Abernathy, MD</span></div></div>
  <div class="it" style="margin-top:14px"><span class="sig">Jordan Mayfield PA-C</span> &nbsp; <span style="font-size:8.5pt">signed {D('2026-11-03', 'abbr')} 15:26</span></div>
</div></div>
<div class="pfoot" style="font-size:7.5pt;border-top:1px solid #000;padding-top:2px;display:flex;justify-content:space-between">
<span>Brightway Referral Line (all clinics) {P('8332744489', 'one')}</span><span>Results / records {P('7206601400', 'dot')}</span><span>BW-FUR-3 &bull; Page 1 of 2</span></div>
"""
    p2 = f"""
<div style="display:flex;justify-content:space-between;border-bottom:2px solid #000;padding-bottom:4px">
<div><b style="font-size:13pt">FRONT RANGE TELERADIOLOGY, P.C.</b><br><span style="font-size:8.5pt">1600 Stout St, Denver CO 80202 &bull; Reading room {P('3038921160', 'dash')}</span></div>
<div style="text-align:right;font-size:8.5pt">for Brightway Urgent Care #14<br>Accession BW14-26-110377</div></div>
<div class="rr" style="margin-top:10px">
<span class="h">PATIENT:</span> HALDANE, TREVOR J &nbsp;&nbsp;&nbsp; <span class="h">DOB:</span> {D(f['patient_dob'])} &nbsp;&nbsp;&nbsp; <span class="h">MRN:</span> {f['patient_mrn']}<br>
<span class="h">EXAM:</span> XR WRIST RIGHT 3+ VIEWS &nbsp; (CPT 73110)<br>
<span class="h">DATE OF EXAM:</span> {D('2026-11-03')} 14:52 MT<br>
<span class="h">ORDERING:</span> MAYFIELD, JORDAN PA-C<br><br>
<span class="h">CLINICAL HISTORY:</span> Fall on outstretched hand. Snuffbox tenderness.<br><br>
<span class="h">TECHNIQUE:</span> PA, lateral, oblique and scaphoid (ulnar-deviated PA) views of the right wrist.<br><br>
<span class="h">COMPARISON:</span> None.<br><br>
<span class="h">FINDINGS:</span><br>
There is a nondisplaced, minimally distracted lucent fracture line through the waist of the scaphoid, best seen
on the scaphoid view. No other fracture. Distal radius and ulna intact. Carpal alignment is maintained; no
scapholunate widening. Mild dorsal soft-tissue swelling.<br><br>
<span class="h">IMPRESSION:</span><br>
1. Nondisplaced fracture of the scaphoid waist, right wrist.<br>
2. Recommend orthopedic / hand follow-up and repeat imaging in 10&ndash;14 days, or MRI if clinically indicated.<br><br>
Electronically signed: Samir Haddad, MD &nbsp; {D('2026-11-03')} 15:09 MT
</div>
<div class="pfoot" style="font-size:7.5pt;border-top:1px solid #000;padding-top:2px;display:flex;justify-content:space-between">
<span>Front Range Teleradiology &ndash; preliminary and final reads</span><span>Page 2 of 2</span></div>
"""

    def header(i, n):
        return ("11/03/2026 15:41  BRIGHTWAY UC WESTMINSTER 14  720.660.1419", f"PG {i} OF {n}")

    return dict(html=page("NY05", css, [p1, p2]), fields=f, pages=2, header=header,
                kind="urgent_care_chain_followup_referral_sticker_sidebar_plus_xray_report_orthopedics", mode="fine")


# ---------------------------------------------------------------- NY06
def ny06():
    """OB practice stationery (physician roster down the left margin), inline label runs, prenatal grid + iron labs."""
    f = {
        "patient_last_name": "Okonkwo",
        "patient_first_name": "Adaeze",
        "patient_dob": "1993-09-14",
        "patient_sex": "F",
        "patient_phone": "6784420915",
        "patient_mrn": "MWH-20417",
        "insurance_payer": "Ambetter from Peach State Health Plan",
        "insurance_member_id": "U7029384716",
        "referring_provider": "Camille Fontenot",
        "referring_npi": npi("125830947"),
        "referring_phone": "4043558120",
        "referring_fax": "4043558199",
        "referred_to_specialty": "hematology",
        "referred_to_provider": "Rashid Bellamy",
        "diagnosis_codes": ["O99.013", "D50.9", "Z3A.28"],
        "reason": "Iron deficiency anemia in pregnancy (Hgb 8.6, ferritin 6) not responding to 8 weeks of oral iron; please evaluate for IV iron infusion before delivery.",
        "urgency": "urgent",
        "referral_date": "2026-10-22",
    }
    css = """
body { font-family: 'P052', 'Palatino Linotype', serif; font-size: 10.5pt; }
.wrap { display:flex; height: 9.9in; }
.ros { width: 1.55in; border-right: 1px solid #000; padding-right: 8px; font-size: 8.5pt; line-height: 1.35; }
.ros .n { font-variant: small-caps; font-size: 9pt; font-weight: bold; margin-top: 8px; }
.bd { flex:1; padding-left: 14px; }
.mast { font-size: 19pt; letter-spacing: 1px; }
.mast2 { font-size: 9pt; letter-spacing: 3px; margin-bottom: 8px; }
h3 { font-size: 12pt; letter-spacing: 2px; margin: 8px 0 4px 0; border-bottom: 1px solid #000; }
.run { margin: 3px 0; }
.run .k { font-variant: small-caps; font-weight: bold; font-size: 9.5pt; margin-right: 5px; letter-spacing: 0.5px; }
.run .v { margin-right: 18px; }
table.pn { width: 100%; margin-top: 4px; }
table.pn td { border: 1px solid #000; padding: 2px 5px; font-size: 9.5pt; width: 25%; }
table.pn td i { font-size: 8pt; display:block; font-style: normal; font-variant: small-caps; }
table.lab { width: 100%; margin-top: 6px; font-size: 10pt; }
table.lab th { text-align:left; border-bottom: 1.5px solid #000; padding: 2px 4px; }
table.lab td { padding: 3px 4px; border-bottom: 1px solid #999; }
"""
    roster = f"""<div class="ros">
<div class="n" style="margin-top:0">Physicians</div>
Camille Fontenot, MD, FACOG<br>Loretta Ashworth-Nyambura, MD<br>Jun Takahashi, DO<br>Beatriz Salcedo, MD, FACOG
<div class="n">Midwives</div>Simone Devereaux, CNM<br>Hollis Greer, CNM
<div class="n">Nurse Practitioners</div>Patrice Hall, WHNP-BC
<div class="n">Offices</div>Midtown<br>1938 Peachtree Rd NW, Suite 500<br>Atlanta, GA 30309<br><br>Decatur<br>2675 N. Decatur Rd, Suite 210<br>Decatur, GA 30033
<div class="n">Telephone</div>Main {P('4043558120', 'dot')}<br>Fax {P('4043558199', 'dot')}<br>After hours {P('4043558100', 'dot')}<br>L&amp;D triage {P('4046053330', 'dot')}
</div>"""
    p1 = f"""<div class="wrap">{roster}<div class="bd">
<div class="mast">Magnolia Women&rsquo;s Health Associates</div>
<div class="mast2">OBSTETRICS &middot; GYNECOLOGY &middot; MIDWIFERY</div>
<div style="font: bold 13pt 'P052'; margin-top: 4px">Prenatal Consultation Request</div>
<div class="run"><span class="k">Date</span><span class="v">{D(f['referral_date'], 'us_dot')}</span><span class="k">Priority</span><span class="v">{O}Routine &nbsp;{X}<b>Urgent</b> &mdash; please see within 1 week</span></div>

<h3>PATIENT</h3>
<div class="run"><span class="k">Name</span><span class="v"><b>Adaeze N. Okonkwo</b></span><span class="k">D.O.B.</span><span class="v">{D(f['patient_dob'], 'us_dot')}</span><span class="k">Chart #</span><span class="v">{f['patient_mrn']}</span></div>
<div class="run"><span class="k">Cell</span><span class="v">{P(f['patient_phone'], 'dot')}</span><span class="k">Address</span><span class="v">1140 Dekalb Ave NE, Atlanta GA 30307</span></div>
<div class="run"><span class="k">Insurance</span><span class="v">{f['insurance_payer']}</span><span class="k">Member #</span><span class="v">{f['insurance_member_id']}</span></div>
<div class="run"><span class="k">Partner</span><span class="v">Chinedu Okonkwo {P('6784420377', 'dot')}</span><span class="k">Language</span><span class="v">English</span></div>

<h3>PRENATAL SUMMARY</h3>
<table class="pn">
<tr><td><i>G / P</i>G3 P2002</td><td><i>LMP</i>{D('2026-04-07', 'us_dot')}</td><td><i>EDD (by 8 wk US)</i>{D('2027-01-12', 'us_dot')}</td><td><i>GA today</i>28 wk 2 d</td></tr>
<tr><td><i>Blood type / Rh</i>O positive</td><td><i>Antibody screen</i>Negative</td><td><i>Hgb trend</i>11.2 &rarr; 9.4 &rarr; 8.6</td><td><i>1-hr GCT</i>118 (normal)</td></tr>
<tr><td><i>BP today</i>108/64</td><td><i>Weight</i>142 lb</td><td><i>Hemoglobinopathy screen</i>Normal (AA)</td><td><i>Delivering hospital</i>Piedmont Atlanta</td></tr>
</table>

<h3>CONSULTANT</h3>
<div class="run"><span class="k">Consult with</span><span class="v"><b>Rashid Bellamy, MD</b> &mdash; Hematology</span></div>
<div class="run"><span class="k">Practice</span><span class="v">Peachtree Blood &amp; Cancer Center, 35 Collier Rd NW, Suite 600, Atlanta GA 30309</span></div>
<div class="run"><span class="k">Tel</span><span class="v">{P('4043507700', 'dot')}</span><span class="k">Fax</span><span class="v">{P('4043507745', 'dot')}</span></div>

<h3>DIAGNOSES</h3>
<div class="run">O99.013 &nbsp; Anemia complicating pregnancy, third trimester</div>
<div class="run">D50.9 &nbsp;&nbsp; Iron deficiency anemia, unspecified</div>
<div class="run">Z3A.28 &nbsp; 28 weeks gestation of pregnancy</div>

<h3>REASON FOR CONSULTATION</h3>
<p style="margin:3px 0">{f['reason']}</p>
<p style="margin:3px 0;font-size:9.5pt">Ferrous sulfate 325 mg daily since 24 weeks, now alternate-day dosing; GI upset limits adherence. No bleeding.
Prenatal vitamin daily. Labs attached. Two prior uncomplicated SVDs.</p>

<div style="margin-top:12px"><span class="sig" style="font-size:17pt">Camille Fontenot</span><br>
Camille Fontenot, MD, FACOG &nbsp;&middot;&nbsp; NPI {f['referring_npi']}<br>
Direct office line {P(f['referring_phone'], 'dot')} &nbsp;&middot;&nbsp; Fax {P(f['referring_fax'], 'dot')}</div>
<div style="position:absolute;bottom:0.35in;right:0.6in;font-size:8pt">Page 1 of 2</div>
</div></div>"""
    p2 = f"""
<div style="display:flex;justify-content:space-between;font-family:'Liberation Sans';border-bottom:2px solid #000;padding-bottom:3px">
<div><b style="font-size:12pt">SOUTHERN REFERENCE LABORATORIES</b><br><span style="font-size:8.5pt">Client: Magnolia Women&rsquo;s Health Assoc. (Midtown) &bull; Acct 70418</span></div>
<div style="text-align:right;font-size:8.5pt">Patient Report<br>Specimen ID 2941-771-0306</div></div>
<table style="width:100%;font-family:'Liberation Sans';font-size:9pt;margin-top:6px">
<tr><td>Patient: <b>OKONKWO, ADAEZE N</b></td><td>DOB: {D(f['patient_dob'])}</td><td>Sex: F</td><td>Patient ID: {f['patient_mrn']}</td></tr>
<tr><td>Ordering physician: FONTENOT, C</td><td>Collected: {D('2026-10-19')} 09:40</td><td colspan="2">Reported: {D('2026-10-20')} 06:12 &nbsp; Final</td></tr>
</table>
<table class="lab" style="font-family:'Liberation Sans';font-size:9.5pt">
<tr><th>Test</th><th>LOINC</th><th>Result</th><th>Flag</th><th>Units</th><th>Ref interval</th></tr>
<tr><td>Hemoglobin</td><td>718-7</td><td><b>8.6</b></td><td>Low</td><td>g/dL</td><td>11.1&ndash;15.9</td></tr>
<tr><td>Hematocrit</td><td>4544-3</td><td><b>27.9</b></td><td>Low</td><td>%</td><td>34.0&ndash;46.6</td></tr>
<tr><td>MCV</td><td>787-2</td><td><b>71</b></td><td>Low</td><td>fL</td><td>79&ndash;97</td></tr>
<tr><td>RDW</td><td>788-0</td><td><b>18.9</b></td><td>High</td><td>%</td><td>11.7&ndash;15.4</td></tr>
<tr><td>Platelets</td><td>777-3</td><td>268</td><td></td><td>x10E3/uL</td><td>150&ndash;450</td></tr>
<tr><td>Ferritin</td><td>2276-4</td><td><b>6</b></td><td>Low</td><td>ng/mL</td><td>15&ndash;150</td></tr>
<tr><td>Iron, serum</td><td>2498-4</td><td><b>22</b></td><td>Low</td><td>ug/dL</td><td>27&ndash;159</td></tr>
<tr><td>TIBC</td><td>2500-7</td><td><b>486</b></td><td>High</td><td>ug/dL</td><td>250&ndash;450</td></tr>
<tr><td>Iron saturation</td><td>2502-3</td><td><b>5</b></td><td>Low</td><td>%</td><td>15&ndash;55</td></tr>
<tr><td>Reticulocyte count</td><td>17849-1</td><td>1.1</td><td></td><td>%</td><td>0.6&ndash;2.6</td></tr>
</table>
<p style="font-family:'Liberation Sans';font-size:8.5pt;margin-top:10px">Performing site: SRL Atlanta, 1700 Century Cir NE, Atlanta GA 30345 &bull; CLIA 11D0655012 &bull; Medical Director: Gwen Thibodeaux, MD, PhD</p>
<div class="pfoot" style="font-family:'Liberation Sans';font-size:7.5pt;display:flex;justify-content:space-between;border-top:1px solid #000;padding-top:2px">
<span>Printed {D('2026-10-22')} by MWH Midtown</span><span>Page 2 of 2</span></div>
"""

    def header(i, n):
        return ("OCT.22.2026  2:07PM  MAGNOLIA WOMENS HEALTH  4043558199  NO.4418", f"P. {i}/{n}")

    return dict(html=page("NY06", css, [p1, p2]), fields=f, pages=2, header=header,
                kind="ob_practice_stationery_inline_label_runs_prenatal_grid_plus_iron_labs_hematology", mode="standard")
