"""NR01-NR05 document builders. Each returns dict(html, fields, pages, kind, mode, fax).

Theme of set L: referral paperwork from settings the earlier sets did not cover
(hospital registration, emergency department, DME, radiology, skilled nursing).
"""
from common import npi, P, D, box, page


# ====================================================================== NR01
def nl01():
    """Hospital registration face sheet (ADT) where guarantor and insurance subscriber are the husband,
    followed by an inpatient discharge 'Ambulatory Referral Order' to endocrinology."""
    f = {
        "patient_last_name": "Quintero-Baptiste",
        "patient_first_name": "Marisol",
        "patient_dob": "1987-05-19",
        "patient_sex": "F",
        "patient_phone": "6147308852",
        "patient_mrn": "E004417290",
        "insurance_payer": "Anthem Blue Cross Blue Shield",
        "insurance_member_id": "ZGP482017731",
        "referring_provider": "Howard Achebe",
        "referring_npi": npi("152038874"),
        "referring_phone": "6142938150",
        "referring_fax": "6142938177",
        "referred_to_specialty": "endocrinology",
        "referred_to_provider": "Lucinda Farrow",
        "diagnosis_codes": ["E10.10", "Z79.4"],
        "reason": "New onset type 1 diabetes presenting in DKA; started on basal-bolus insulin. Needs diabetes management, insulin titration and education.",
        "urgency": "urgent",
        "referral_date": "2026-11-06",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Nimbus Sans Narrow', Arial, sans-serif; font-size: 9pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #000; padding-bottom:3px; }
.hd .n { font-size:13pt; font-weight:bold; }
.hd .t { font-size:15pt; font-weight:bold; letter-spacing:1px; }
.sub { display:flex; justify-content:space-between; font-size:8pt; margin:2px 0 6px 0; }
table.fs { width:100%; border:1.3px solid #000; margin-bottom:6px; }
table.fs td { border:1px solid #000; padding:1px 4px 2px 4px; vertical-align:top; height:0.36in; }
table.fs td .l { display:block; font-size:6.5pt; text-transform:uppercase; letter-spacing:0.2px; }
table.fs td .v { display:block; font-family:'Liberation Mono', monospace; font-size:9pt; font-weight:bold; white-space:nowrap; }
table.fs tr.sec td { height:auto; background:#000; color:#fff; font-weight:bold; font-size:8.5pt; letter-spacing:1px; padding:1px 4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
/* page 2 */
.p2 { font-family:'Liberation Sans', Arial, sans-serif; font-size:9.5pt; }
.p2 h1 { font-size:13pt; margin:8px 0 2px 0; }
.p2 .band { border:1px solid #000; padding:4px 6px; margin:6px 0; }
.p2 .band b.h { display:block; font-size:9pt; border-bottom:1px solid #000; margin-bottom:3px; }
.p2 table.kv td { padding:1px 8px 1px 0; vertical-align:top; }
.p2 table.kv td.l { color:#000; font-weight:bold; white-space:nowrap; width:1.6in; }
.mono { font-family:'Liberation Mono', monospace; font-size:9pt; }
"""
    def c(label, value, span=1):
        sp = f' colspan="{span}"' if span > 1 else ""
        return f'<td{sp}><span class="l">{label}</span><span class="v">{value}</span></td>'
    hdr = f"""<div class="hd"><div><div class="n">MOUNT CARMEL EAST-SIDE MEDICAL CENTER</div>
<div style="font-size:8pt">6001 E Broad St &middot; Columbus, OH 43213 &middot; Patient Registration {P('6142938000','dash')}</div></div>
<div class="t">PATIENT FACE SHEET</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hdr}
<div class="sub"><span>Printed {D('2026-11-06','us')} 14:22 by REGSVC\\KMILLER</span><span>Inpatient &middot; 4 West &middot; Rm 4112-B</span><span>Page 1 of 2</span></div>
<table class="fs">
<tr class="sec"><td colspan="6">PATIENT</td></tr>
<tr>{c('Patient name (last, first middle)', 'QUINTERO-BAPTISTE, MARISOL INES', 3)}{c('MRN', f['patient_mrn'])}{c('Account / FIN', '7730041862')}{c('Pt type', 'INPATIENT')}</tr>
<tr>{c('Date of birth', D(f['patient_dob'],'us'))}{c('Age', '39Y')}{c('Sex', 'F')}{c('Marital', 'MARRIED')}{c('Language', 'ENGLISH')}{c('SSN', 'XXX-XX-4471')}</tr>
<tr>{c('Street address', '2871 SHADY ELM CT', 2)}{c('City / State / ZIP', 'REYNOLDSBURG, OH 43068', 2)}{c('Home phone', P(f['patient_phone']))}{c('Work phone', '&mdash;')}</tr>
<tr>{c('Race', 'DECLINED')}{c('Ethnicity', 'HISPANIC')}{c('Religion', 'CATHOLIC')}{c('Email', 'mqbaptiste@example.net', 2)}{c('Preferred contact', 'HOME PHONE')}</tr>
<tr class="sec"><td colspan="6">VISIT</td></tr>
<tr>{c('Admit date/time', D('2026-11-02','us') + ' 23:48')}{c('Admit source', 'EMERGENCY DEPT')}{c('Discharge date', D('2026-11-06','us'))}{c('Service', 'HOSPITALIST')}{c('Admitting physician', 'PATEL, NIKHIL MD', 2)}</tr>
<tr>{c('Attending physician', 'ACHEBE, HOWARD MD', 2)}{c('Primary care physician', 'GOLDHABER, STEVEN DO', 2)}{c('PCP phone', P('6148664020'))}{c('Chief complaint', 'N/V, ABD PAIN')}</tr>
<tr class="sec"><td colspan="6">GUARANTOR</td></tr>
<tr>{c('Guarantor name', 'QUINTERO, RAFAEL ANTONIO', 2)}{c('Relationship to pt', 'SPOUSE')}{c('Guarantor DOB', D('1984-01-30','us'))}{c('Guarantor phone', P('6147301196'))}{c('Guarantor SSN', 'XXX-XX-9023')}</tr>
<tr>{c('Guarantor address', '2871 SHADY ELM CT, REYNOLDSBURG, OH 43068', 3)}{c('Guarantor employer', 'COLUMBUS STEEL FABRICATING', 2)}{c('Employer phone', P('6142510400'))}</tr>
<tr class="sec"><td colspan="6">PRIMARY INSURANCE</td></tr>
<tr>{c('Plan / payer', 'ANTHEM BLUE CROSS BLUE SHIELD', 2)}{c('Plan type', 'PPO')}{c('Policy / member ID', f['insurance_member_id'])}{c('Group number', '170044-OH')}{c('Auth #', 'IP26-88130')}</tr>
<tr>{c('Subscriber name', 'QUINTERO, RAFAEL ANTONIO', 2)}{c('Subscriber DOB', D('1984-01-30','us'))}{c('Pt rel. to subscriber', 'SPOUSE')}{c('Subscriber phone', P('6147301196'))}{c('Payer phone', P('8003311476','one'))}</tr>
<tr class="sec"><td colspan="6">SECONDARY INSURANCE</td></tr>
<tr>{c('Plan / payer', 'NONE ON FILE', 2)}{c('Policy / member ID', '&nbsp;')}{c('Group number', '&nbsp;')}{c('Subscriber', '&nbsp;', 2)}</tr>
<tr class="sec"><td colspan="6">EMERGENCY CONTACT / NEXT OF KIN</td></tr>
<tr>{c('Name', 'BAPTISTE, YOLANDA', 2)}{c('Relationship', 'MOTHER')}{c('Home phone', P('7404528319'))}{c('Cell phone', P('7403917745'))}{c('Legal document', 'NONE')}</tr>
<tr class="sec"><td colspan="6">ADMITTING DIAGNOSIS / ALLERGIES</td></tr>
<tr>{c('Admitting dx', 'DIABETIC KETOACIDOSIS', 3)}{c('Allergies', 'SULFA (RASH)', 2)}{c('Code status', 'FULL CODE')}</tr>
</table>
<div style="font-size:8pt">Patient/guarantor signature on file {D('2026-11-03','us')} (Consent to Treat, Assignment of Benefits, Notice of Privacy Practices).</div>
<div class="ft"><span>FACE SHEET &ndash; ADT REG-01</span><span>QUINTERO-BAPTISTE, MARISOL &middot; MRN {f['patient_mrn']}</span><span>CONFIDENTIAL</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner p2">
{hdr}
<div class="sub"><span>Printed {D('2026-11-06','us')} 14:23</span><span>Hospitalist Service &middot; Office {P(f['referring_phone'])} &middot; Fax {P(f['referring_fax'])}</span><span>Page 2 of 2</span></div>
<h1>Ambulatory Referral Order (Discharge)</h1>
<div>Patient: <b>Quintero-Baptiste, Marisol Ines</b> &nbsp; DOB {D(f['patient_dob'],'us')} &nbsp; MRN {f['patient_mrn']} &nbsp; FIN 7730041862</div>
<div class="band"><b class="h">Order</b><table class="kv">
<tr><td class="l">Order</td><td>REF ENDOCRINOLOGY (AMBULATORY REFERRAL TO ENDOCRINOLOGY)</td></tr>
<tr><td class="l">Priority</td><td>Urgent &ndash; appointment within 1-2 weeks of discharge</td></tr>
<tr><td class="l">Refer to</td><td>Lucinda Farrow, MD &ndash; Central Ohio Diabetes &amp; Endocrine Center<br>Scheduling {P('6145664300')} &middot; Fax {P('6145664319')}</td></tr>
<tr><td class="l">Ordered by</td><td>Howard Achebe, MD (Hospitalist) &nbsp; NPI {f['referring_npi']}</td></tr>
<tr><td class="l">Ordering phone / fax</td><td>{P(f['referring_phone'])} &nbsp;/&nbsp; {P(f['referring_fax'])}</td></tr>
<tr><td class="l">Order date</td><td>{D(f['referral_date'],'us')} 11:05</td></tr>
</table></div>
<div class="band"><b class="h">Diagnoses associated with this order</b><table class="kv mono">
<tr><td>E10.10</td><td>Type 1 diabetes mellitus with ketoacidosis without coma</td></tr>
<tr><td>Z79.4</td><td>Long term (current) use of insulin</td></tr>
</table></div>
<div class="band"><b class="h">Reason for referral</b>{f['reason']}</div>
<div class="band"><b class="h">Hospital course (brief)</b>39-year-old woman admitted {D('2026-11-02','us')} with nausea, vomiting and abdominal pain; glucose 584 mg/dL,
pH 7.12, bicarbonate 8, anion gap 26, beta-hydroxybutyrate 6.4. Treated per DKA protocol, gap closed in 18 hours. GAD-65 antibody positive, C-peptide low.
Discharged on insulin glargine 18 units nightly and insulin lispro 1 unit per 12 g carbohydrate plus correction scale. Diabetes educator visit completed on 11/05.
HbA1c 12.4%.</div>
<div class="band"><b class="h">Insurance</b>Anthem Blue Cross Blue Shield PPO &middot; ID {f['insurance_member_id']} &middot; Subscriber: Rafael A. Quintero (spouse)</div>
<div class="band"><b class="h">Patient contact</b>Home {P(f['patient_phone'])} &middot; 2871 Shady Elm Ct, Reynoldsburg, OH 43068 &middot; Female</div>
<div style="margin-top:10px">Electronically signed: Howard Achebe, MD &nbsp; {D(f['referral_date'],'us')} 11:07</div>
<div class="ft"><span>REFERRAL ORDER &ndash; ORD-AMB-REF</span><span>QUINTERO-BAPTISTE, MARISOL &middot; MRN {f['patient_mrn']}</span><span>CONFIDENTIAL</span></div>
</div></div>"""
    return dict(html=page("NR01", css, p1 + p2), fields=f, pages=2,
                kind="hospital_adt_face_sheet_guarantor_subscriber_spouse_plus_discharge_referral_order_to_endocrinology",
                mode="standard",
                fax=dict(when="11/06/2026 14:31", name="MCE HOSPITALIST SVC", number=f["referring_fax"],
                         to="6145664319", fmt="c"))


# ====================================================================== NR02
def nl02():
    """Emergency department discharge instructions with a 'Follow-up / Referral' section to orthopedics."""
    f = {
        "patient_last_name": "O'Brien",
        "patient_first_name": "Kevin",
        "patient_dob": "1979-12-02",
        "patient_sex": "M",
        "patient_phone": "4123906614",
        "patient_mrn": "40-118-2297",
        "insurance_payer": "Cigna",
        "insurance_member_id": "U82190547-01",
        "referring_provider": "Elena Marchetti",
        "referring_npi": npi("198241066"),
        "referring_phone": "4128472200",
        "referring_fax": "4128472391",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Priya Raman",
        "diagnosis_codes": ["S52.531A", "W01.0XXA"],
        "reason": "Displaced Colles fracture of the right distal radius, closed reduction and sugar-tong splint in the ED. Orthopedic evaluation for possible operative fixation.",
        "urgency": "urgent",
        "referral_date": "2026-11-14",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9pt; }
.top { display:flex; justify-content:space-between; border-bottom:3px solid #000; padding-bottom:4px; }
.top .n { font-size:12pt; font-weight:bold; }
.top .r { text-align:right; font-size:8pt; line-height:1.35; }
.pt { display:flex; flex-wrap:wrap; gap:2px 18px; border:1px solid #000; padding:4px 6px; margin:6px 0; font-size:8.5pt; }
.pt b { font-weight:bold; }
h1 { font-size:14pt; margin:6px 0 4px 0; }
h2 { font-size:10pt; margin:9px 0 3px 0; padding:1px 4px; border-left:5px solid #000; }
p { margin:2px 0 4px 0; line-height:1.3; }
.fu { border:2.5px solid #000; padding:6px 8px; margin:8px 0; }
.fu table td { padding:1px 10px 1px 0; vertical-align:top; }
.fu table td.l { font-weight:bold; white-space:nowrap; }
ul { margin:2px 0 4px 18px; padding:0; } li { margin:1px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
.sig { margin-top:12px; display:flex; justify-content:space-between; font-size:8.5pt; }
.sig div { width:45%; border-top:1px solid #000; padding-top:2px; }
"""
    top = f"""<div class="top"><div><div class="n">ALLEGHENY RIVER VALLEY HOSPITAL</div><div>Emergency Department</div>
<div style="font-size:8pt">1400 Freeport Rd, Natrona Heights, PA 15065</div></div>
<div class="r">ED main {P(f['referring_phone'],'dot')}<br>ED case management fax {P(f['referring_fax'],'dot')}<br>Nurse advice line {P('4128472255','dot')}</div></div>"""
    ptbar = f"""<div class="pt"><span><b>O'BRIEN JR, KEVIN PATRICK</b> ("Kip")</span><span><b>DOB:</b> {D(f['patient_dob'],'us_short')}</span>
<span><b>Sex:</b> Male</span><span><b>MRN:</b> {f['patient_mrn']}</span><span><b>Visit:</b> ED26-0918834</span>
<span><b>Arrived:</b> {D('2026-11-14','us_short')} 08:12</span><span><b>Discharged:</b> {D('2026-11-14','us_short')} 12:40</span></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{top}
{ptbar}
<h1>Emergency Department Discharge Instructions</h1>
<p>You were seen today by <b>Elena Marchetti, MD</b> and <b>Josh Kerrigan, PA-C</b>. Thank you for choosing Allegheny River Valley Hospital.</p>
<h2>Your diagnosis</h2>
<p>Broken wrist (Colles fracture), right side &ndash; <span class="nw">S52.531A</span> Colles' fracture of right radius, initial encounter for closed fracture<br>
How it happened: slipped on wet leaves and fell onto outstretched hand &ndash; <span class="nw">W01.0XXA</span></p>
<h2>What was done today</h2>
<ul><li>X-rays of the right wrist: displaced fracture of the end of the radius bone.</li>
<li>Hematoma block (numbing medicine), closed reduction (bone set back in place), sugar-tong splint applied.</li>
<li>Post-reduction X-ray: improved alignment.</li></ul>
<h2>Follow-up and referral</h2>
<div class="fu"><table>
<tr><td class="l">Referral placed to:</td><td>ORTHOPEDICS &ndash; Hand &amp; Upper Extremity</td></tr>
<tr><td class="l">Provider:</td><td>Dr. Priya Raman, Three Rivers Orthopaedic Associates</td></tr>
<tr><td class="l">Phone:</td><td>{P('4128716040')} (option 2 for new fractures) &nbsp; Fax {P('4128716049')}</td></tr>
<tr><td class="l">When:</td><td><b>URGENT</b> &ndash; call tomorrow; you need to be seen within 3&ndash;5 days</td></tr>
<tr><td class="l">Why:</td><td>{f['reason']}</td></tr>
<tr><td class="l">Also follow up with:</td><td>Your primary care provider, Dr. Alan Sebastiani, {P('7245392210')}, in 1&ndash;2 weeks.</td></tr>
</table></div>
<h2>Splint care</h2>
<ul><li>Keep the splint clean and dry. Do not remove it. Cover with a plastic bag to shower.</li>
<li>Keep your hand raised above the level of your heart for the next 48 hours. Move your fingers often.</li>
<li>Return to the ED right away for numbness, blue or cold fingers, or pain that is not controlled.</li></ul>
<div class="ft"><span>ED-DC-INSTR v7</span><span>O'BRIEN JR, KEVIN &middot; MRN {f['patient_mrn']}</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{top}
{ptbar}
<h2>Medications</h2>
<ul><li>NEW: ibuprofen 600 mg by mouth every 6 hours as needed for pain, with food.</li>
<li>NEW: acetaminophen 1000 mg by mouth every 8 hours as needed for pain (max 3000 mg a day).</li>
<li>CONTINUE: lisinopril 10 mg daily.</li></ul>
<h2>Contact and insurance on file</h2>
<table style="font-size:8.5pt">
<tr><td style="padding-right:14px"><b>Patient mobile:</b></td><td>{P(f['patient_phone'],'dot')}</td><td style="padding:0 14px"><b>Emergency contact:</b></td><td>Shannon O'Brien (wife) {P('4123906698','dot')}</td></tr>
<tr><td><b>Primary insurance:</b></td><td>Cigna &ndash; ID {f['insurance_member_id']}</td><td style="padding:0 14px"><b>Secondary insurance:</b></td><td>Highmark Blue Shield &ndash; ID HMK7714203</td></tr>
</table>
<h2>Referring ED physician</h2>
<p>Elena Marchetti, MD &nbsp; NPI {f['referring_npi']} &nbsp; ED {P(f['referring_phone'],'dot')} &nbsp; Fax {P(f['referring_fax'],'dot')}<br>
Referral entered {D(f['referral_date'],'abbr')} 12:31 &nbsp; Referral priority: Urgent</p>
<h2>Work / school note</h2>
<p>Kevin O'Brien was seen in the Emergency Department on {D('2026-11-14','abbr')}. He may return to work with no use of the right hand until cleared by orthopedics.</p>
<p style="margin-top:10px">I have received and understand these instructions. I know that I have been examined and treated on an emergency basis only and that I must follow up as directed.</p>
<div class="sig"><div>Patient / responsible party &nbsp; <i>K. O'Brien</i></div><div>Discharge RN &nbsp; Tara Lindqvist, RN &nbsp; {D('2026-11-14','us_short')} 12:38</div></div>
<div class="ft"><span>ED-DC-INSTR v7</span><span>O'BRIEN JR, KEVIN &middot; MRN {f['patient_mrn']}</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NR02", css, p1 + p2), fields=f, pages=2,
                kind="emergency_department_discharge_instructions_with_follow_up_referral_box_to_orthopedics",
                mode="fine",
                fax=dict(when="NOV-14-2026 13:02", name="ARVH ED CASE MGMT", number=f["referring_fax"],
                         to="4128716049", fmt="b"))


# ====================================================================== NR03
def nl03():
    """Home oxygen / DME order (certificate-of-medical-necessity style) that also orders a pulmonology referral."""
    f = {
        "patient_last_name": "Pruitt",
        "patient_first_name": "Wendell",
        "patient_dob": "1949-03-08",
        "patient_sex": "M",
        "patient_phone": "3367224409",
        "insurance_payer": "Medicare",
        "insurance_member_id": "1EG4TE5MK72",
        "referring_provider": "Cordelia Haynesworth",
        "referring_npi": npi("147720583"),
        "referring_phone": "3369956100",
        "referring_fax": "3369956125",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Anjali Deshmukh",
        "diagnosis_codes": ["J44.9", "J96.11", "R09.02"],
        "reason": "COPD with chronic hypoxic respiratory failure, newly qualified for home oxygen. Please evaluate, obtain full PFTs and optimize inhaler regimen.",
        "urgency": "routine",
        "referral_date": "2026-11-12",
    }
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10pt; }
.lh { text-align:center; border-bottom:1px solid #000; padding-bottom:3px; }
.lh .n { font-size:14pt; font-weight:bold; }
.lh .a { font-size:9pt; }
h1 { text-align:center; font-size:13pt; margin:7px 0 1px 0; letter-spacing:1px; }
.sub { text-align:center; font-size:8.5pt; font-style:italic; margin-bottom:5px; }
.sec { font-weight:bold; font-size:10pt; margin:7px 0 2px 0; text-transform:uppercase; }
table.g { width:100%; border:1px solid #000; }
table.g td { border:1px solid #000; padding:2px 5px; vertical-align:top; }
table.g td.l { width:1.45in; font-size:8.5pt; font-weight:bold; }
.q { margin:2px 0; }
.q .n { display:inline-block; width:0.25in; font-weight:bold; }
.ans { font-family:'Liberation Mono', monospace; font-size:9.5pt; font-weight:bold; }
.ref { border:2px solid #000; padding:5px 7px; margin-top:8px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">Yadkin Valley Family Medicine</div>
<div class="a">1180 Westbrook Plaza Dr, Winston-Salem, NC 27103 &nbsp;|&nbsp; Office {P(f['referring_phone'],'slash')} &nbsp;|&nbsp; Fax {P(f['referring_fax'],'slash')}</div></div>
<h1>HOME OXYGEN &amp; DURABLE MEDICAL EQUIPMENT ORDER</h1>
<div class="sub">Detailed written order / medical necessity &ndash; with specialist referral</div>
<div class="sec">Section A &ndash; Beneficiary</div>
<table class="g">
<tr><td class="l">Name</td><td>Pruitt, Wendell Alton</td><td class="l">Date of birth</td><td>{D(f['patient_dob'],'us_short')}</td></tr>
<tr><td class="l">Address</td><td>418 Old Hollow Rd, Walkertown, NC 27051</td><td class="l">Sex</td><td>Male</td></tr>
<tr><td class="l">Phone</td><td>{P(f['patient_phone'],'slash')}</td><td class="l">Caregiver</td><td>Brenda Pruitt (daughter) {P('3367221873','slash')}</td></tr>
<tr><td class="l">Primary insurance</td><td>Medicare &nbsp; MBI: <span class="ans">{f['insurance_member_id']}</span></td><td class="l">Secondary</td><td>AARP Medicare Supplement (UnitedHealthcare) ID 38841072211</td></tr>
</table>
<div class="sec">Section B &ndash; Supplier</div>
<table class="g">
<tr><td class="l">DME supplier</td><td>Piedmont Home Respiratory, Inc.</td><td class="l">Phone / Fax</td><td>{P('3367685500','slash')} / {P('3367685501','slash')}</td></tr>
</table>
<div class="sec">Section C &ndash; Order</div>
<table class="g">
<tr><td class="l">Equipment</td><td colspan="3">E1390 stationary oxygen concentrator; E0431 portable gaseous oxygen system with E0443 contents; nasal cannula and tubing</td></tr>
<tr><td class="l">Flow / frequency</td><td>2 LPM via nasal cannula, continuous (rest, exertion and sleep)</td><td class="l">Length of need</td><td>99 months (lifetime)</td></tr>
<tr><td class="l">Diagnoses</td><td colspan="3">J44.9 Chronic obstructive pulmonary disease, unspecified<br>J96.11 Chronic respiratory failure with hypoxia<br>R09.02 Hypoxemia</td></tr>
</table>
<div class="sec">Section D &ndash; Qualifying information</div>
<div class="q"><span class="n">1.</span>Most recent arterial PO2 and/or saturation on room air: <span class="ans">SpO2 86% at rest</span></div>
<div class="q"><span class="n">2.</span>Date of test: <span class="ans">{D('2026-11-10','us_short')}</span> &nbsp; Condition: <span class="ans">[X] At rest [ ] Exercise [ ] Sleep</span></div>
<div class="q"><span class="n">3.</span>With oxygen at 2 LPM: <span class="ans">SpO2 93%</span> &nbsp; Test performed by: <span class="ans">office, within 2 days of visit</span></div>
<div class="q"><span class="n">4.</span>Portable oxygen needed? <span class="ans">[X] Yes [ ] No</span> &nbsp; Patient ambulatory within the home: <span class="ans">Yes</span></div>
<div class="ref"><b>REFERRAL &ndash; PULMONOLOGY</b> &nbsp; Priority: <b>Routine</b><br>
Refer to: Anjali Deshmukh, MD, Forsyth Lung &amp; Sleep Associates &nbsp; Ph {P('3367181200','slash')} &nbsp; Fax {P('3367181288','slash')}<br>
Reason: {f['reason']}<br>
Last spirometry 2019: FEV1 1.22 L (41% predicted), FEV1/FVC 0.52. Former smoker, 50 pack-years, quit 2016.</div>
<div class="sec">Section E &ndash; Ordering practitioner</div>
<table class="g">
<tr><td class="l">Name</td><td>Cordelia Haynesworth, MD</td><td class="l">NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Signature</td><td><span style="font-family:'Z003',cursive;font-size:15pt">C. Haynesworth</span></td><td class="l">Date</td><td>{D(f['referral_date'],'us_short')}</td></tr>
</table>
<div class="ft"><span>YVFM-DME-02 (rev 08/2025)</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NR03", css, body), fields=f, pages=1,
                kind="home_oxygen_dme_order_with_pulmonology_referral_box", mode="standard",
                fax=dict(when="11/12/2026 16:47", name="YADKIN VALLEY FM", number=f["referring_fax"],
                         to="3367685501", fmt="a"))


# ====================================================================== NR04
def nl04():
    """Outpatient CT report (monospace dictation) whose impression recommends urology referral,
    followed by the PCP's half-page referral slip."""
    f = {
        "patient_last_name": "Okonkwo-Hart",
        "patient_first_name": "Adaeze",
        "patient_dob": "1966-09-27",
        "patient_sex": "F",
        "patient_phone": "7735018824",
        "patient_mrn": "00481273",
        "insurance_payer": "Blue Cross and Blue Shield of Illinois",
        "insurance_member_id": "XOF904417263",
        "referring_provider": "Harold Wexley",
        "referring_npi": npi("161955204"),
        "referring_phone": "7732864500",
        "referring_fax": "7732864517",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Benedikt Sorensen",
        "diagnosis_codes": ["R93.421", "R31.0"],
        "reason": "3.4 cm enhancing solid mass of the right kidney on CT, suspicious for renal cell carcinoma, with gross hematuria. Please evaluate for management.",
        "urgency": "urgent",
        "referral_date": "2026-11-17",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
.rad { font-family:'Liberation Mono', 'Courier New', monospace; font-size:9.5pt; line-height:1.3; }
.rh { text-align:center; border-bottom:1px solid #000; padding-bottom:4px; margin-bottom:6px; font-family:'Liberation Sans', sans-serif; }
.rh .n { font-size:13pt; font-weight:bold; letter-spacing:1px; }
.rh .a { font-size:8.5pt; }
table.hd { width:100%; margin-bottom:6px; }
table.hd td { padding:0 8px 0 0; white-space:nowrap; }
.rad pre { font-family:inherit; margin:0; white-space:pre-wrap; }
.rad b.h { display:block; margin-top:8px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; font-family:'Liberation Sans', sans-serif; }
/* slip */
.slip { border:1.5px solid #000; padding:8px 10px; height:5in; position:relative; font-size:9.5pt; }
.slip .t { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:1px solid #000; padding-bottom:3px; }
.slip .t .n { font-size:12pt; font-weight:bold; }
.slip .t .x { font-size:14pt; font-weight:bold; letter-spacing:2px; }
.slip table { width:100%; margin-top:4px; }
.slip table td { padding:2px 4px 2px 0; vertical-align:top; }
.slip td.l { font-size:8pt; font-weight:bold; text-transform:uppercase; white-space:nowrap; width:1.1in; }
.slip .u { border-bottom:1px solid #000; }
.cut { border-top:1.5px dashed #000; margin:14px 0; text-align:center; font-size:8pt; }
"""
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="rh"><div class="n">LAKEVIEW OUTPATIENT IMAGING</div>
<div class="a">3150 N Halsted St, Chicago, IL 60657 &middot; Scheduling {P('7733272600')} &middot; Results fax {P('7733272690')}</div></div>
<div class="rad">
<table class="hd rad">
<tr><td>PATIENT: OKONKWO-HART, ADAEZE N</td><td>MRN: {f['patient_mrn']}</td><td>ACC#: CT2611170442</td></tr>
<tr><td>DOB: {D(f['patient_dob'],'cerner_uc')}  SEX: F</td><td>EXAM DATE: {D('2026-11-15','cerner_uc')}</td><td>LOCATION: OP-CT2</td></tr>
<tr><td>ORDERING: HAROLD WEXLEY MD</td><td colspan="2">COPIES TO: PATIENT PORTAL</td></tr>
</table>
<b class="h">EXAM: CT ABDOMEN AND PELVIS WITH AND WITHOUT IV CONTRAST (RENAL MASS PROTOCOL)</b>
<b class="h">CLINICAL HISTORY:</b>
<pre>Gross hematuria x 2 episodes. R31.0</pre>
<b class="h">TECHNIQUE:</b>
<pre>Axial images of the abdomen and pelvis before and after 100 mL Omnipaque 350 in
corticomedullary, nephrographic and excretory phases. Coronal and sagittal reformats.
DLP 1184 mGy-cm.</pre>
<b class="h">COMPARISON:</b>
<pre>None.</pre>
<b class="h">FINDINGS:</b>
<pre>KIDNEYS: 3.4 x 3.1 x 3.0 cm exophytic solid mass arising from the lower pole of the
right kidney, 28 HU unenhanced and 142 HU in the nephrographic phase. No macroscopic
fat. No extension into the renal sinus fat. Right renal vein and IVC patent. Left
kidney normal. No hydronephrosis. No urolithiasis.
URETERS/BLADDER: No filling defect in the excretory phase. Bladder partially
distended, no wall thickening.
LIVER: Two subcentimeter hypodensities, too small to characterize, likely cysts.
ADRENALS, PANCREAS, SPLEEN: Normal.
LYMPH NODES: No retroperitoneal or pelvic lymphadenopathy.
BONES: Degenerative change of the lumbar spine. No suspicious osseous lesion.
LUNG BASES: Clear.</pre>
<b class="h">IMPRESSION:</b>
<pre>1. 3.4 cm enhancing solid right renal mass, lower pole, highly suspicious for
   renal cell carcinoma (Bosniak not applicable; solid). No venous invasion or
   adenopathy. Clinical stage T1a by imaging.
2. No urothelial filling defect.
RECOMMENDATION: Urology referral for further management. Chest CT for staging
may be considered at the discretion of urology.</pre>
<pre style="margin-top:10px">Critical finding communicated to Dr. Wexley by telephone {D('2026-11-15','cerner_uc')} 16:05 by RCM.

Dictated by: Rosalind C. Mbeki, MD, Radiologist
Electronically signed: {D('2026-11-15','cerner_uc')} 16:12</pre>
</div>
<div class="ft"><span>LAKEVIEW OUTPATIENT IMAGING &ndash; FINAL REPORT</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div class="slip">
<div class="t"><div><div class="n">Wrightwood Primary Care</div>
<div style="font-size:8.5pt">2455 N Clark St, Chicago, IL 60614<br>Tel {P(f['referring_phone'])} ext. 3 (referrals) &middot; Fax {P(f['referring_fax'])}</div></div>
<div class="x">REFERRAL SLIP</div></div>
<table>
<tr><td class="l">Patient</td><td class="u">Adaeze N. Okonkwo-Hart</td><td class="l">DOB</td><td class="u">{D(f['patient_dob'],'us')}</td></tr>
<tr><td class="l">Phone</td><td class="u">{P(f['patient_phone'])} (cell)</td><td class="l">Sex</td><td class="u">F</td></tr>
<tr><td class="l">Insurance</td><td class="u">{f['insurance_payer']} (PPO)</td><td class="l">ID</td><td class="u">{f['insurance_member_id']}</td></tr>
<tr><td class="l">Refer to</td><td class="u">Urology &ndash; Dr. Benedikt Sorensen, Lincoln Park Urology</td><td class="l">Their fax</td><td class="u">{P('7734779012')}</td></tr>
<tr><td class="l">Diagnosis</td><td class="u" colspan="3">R93.421 Abnormal radiologic findings on diagnostic imaging of right kidney; R31.0 Gross hematuria</td></tr>
<tr><td class="l">Reason</td><td class="u" colspan="3">{f['reason']} CT report attached.</td></tr>
<tr><td class="l">Priority</td><td colspan="3">{box(False)} Routine &nbsp;&nbsp; {box(True)} Urgent (within 1 week) &nbsp;&nbsp; {box(False)} STAT</td></tr>
<tr><td class="l">Referring MD</td><td class="u">Harold Wexley, MD</td><td class="l">NPI</td><td class="u">{f['referring_npi']}</td></tr>
<tr><td class="l">Date</td><td class="u">{D(f['referral_date'],'us')}</td><td class="l">Signature</td><td class="u"><span style="font-family:'Z003',cursive;font-size:14pt">H Wexley</span></td></tr>
</table>
</div>
<div class="cut">&#9986; &nbsp; patient copy below &nbsp; &#9986;</div>
<div style="font-size:9pt; line-height:1.4">
<b>Patient instructions:</b> Your doctor has referred you to Urology. Lincoln Park Urology will call you within 2 business days.
If you do not hear from them, please call {P('7734779000')}. Bring your insurance card, photo ID and a list of your medicines.
Questions about this referral: Wrightwood Primary Care referral desk {P(f['referring_phone'])} ext. 3.
</div>
<div class="ft"><span>WPC-REF-SLIP</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NR04", css, p1 + p2), fields=f, pages=2,
                kind="radiology_ct_report_impression_recommends_urology_plus_pcp_referral_slip", mode="fine",
                fax=dict(when="11/17/26 09:14", name="WRIGHTWOOD PRIMARY", number=f["referring_fax"],
                         to="7734779012", fmt="e"))


# ====================================================================== NR05
def nl05():
    """Skilled nursing facility consultation request / transfer form with resident number and responsible party."""
    f = {
        "patient_last_name": "Okamura",
        "patient_first_name": "Ruth-Ellen",
        "patient_dob": "1938-11-03",
        "patient_sex": "F",
        "patient_mrn": "R-20417",
        "insurance_payer": "Humana Gold Plus HMO",
        "insurance_member_id": "H58210447",
        "referring_provider": "Theodore Lindqvist",
        "referring_npi": npi("129940318"),
        "referring_phone": "8153384100",
        "referring_fax": "8153384188",
        "referred_to_specialty": "podiatry",
        "diagnosis_codes": ["E11.621", "L97.512", "B35.1"],
        "reason": "Non-healing diabetic ulcer right plantar first MTP head, fat layer exposed, 6 weeks despite offloading; thickened dystrophic toenails. Please evaluate, debride and advise offloading.",
        "urgency": "routine",
        "referral_date": "2026-11-19",
    }
    css = """
body { font-family: 'URW Bookman', 'Bookman Old Style', serif; font-size: 8.5pt; }
.hd { display:flex; justify-content:space-between; align-items:center; border:2px solid #000; padding:4px 8px; }
.hd .n { font-size:12pt; font-weight:bold; }
.hd .t { text-align:right; font-size:11pt; font-weight:bold; }
table.f { width:100%; border-collapse:collapse; margin-top:5px; }
table.f td { border:1px solid #000; padding:2px 4px; vertical-align:top; }
table.f td .l { font-size:6.8pt; display:block; font-weight:bold; text-transform:uppercase; }
table.f tr.s td { background:#fff; border-top:2px solid #000; font-weight:bold; font-size:9pt; padding:3px 4px; letter-spacing:0.5px; }
.cb { width:0.13in; height:0.13in; font-size:8pt; line-height:0.11in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; }
.ret { margin-top:6px; border:1.5px dashed #000; padding:4px 6px; }
"""
    def c(l, v, span=1):
        sp = f' colspan="{span}"' if span > 1 else ""
        return f'<td{sp}><span class="l">{l}</span>{v}</td>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Willowbrook Care &amp; Rehabilitation Center</div>
<div>A skilled nursing facility &middot; 910 N Alpine Rd, Rockford, IL 61107</div>
<div>Main {P(f['referring_phone'])} &middot; Nursing fax {P(f['referring_fax'])} &middot; Admissions {P('8153384150')}</div></div>
<div class="t">INTERFACILITY<br>CONSULTATION REQUEST<br><span style="font-size:8pt;font-weight:normal">&amp; Transfer Information</span></div></div>
<table class="f">
<tr class="s"><td colspan="4">1. RESIDENT</td></tr>
<tr>{c('Resident name', 'OKAMURA, Ruth-Ellen Fumiko', 2)}{c('Resident #', f['patient_mrn'])}{c('Room / unit', '214-B / Magnolia (long-term)')}</tr>
<tr>{c('Date of birth', D(f['patient_dob'],'abbr'))}{c('Sex', box(False)+'M '+box(True)+'F')}{c('Admission date', D('2023-04-18','abbr'))}{c('Code status', 'DNR / DNI &ndash; POLST on file')}</tr>
<tr>{c('Primary payer', f['insurance_payer'])}{c('Member ID', f['insurance_member_id'])}{c('Secondary payer', 'Illinois Medicaid')}{c('Recipient #', '920144873')}</tr>
<tr class="s"><td colspan="4">2. RESPONSIBLE PARTY / POWER OF ATTORNEY</td></tr>
<tr>{c('Name', 'Daniel H. Okamura (son), POA-HC')}{c('Date of birth', D('1966-02-21','abbr'))}{c('Phone (cell)', P('8154627731'))}{c('Alt. phone (work)', P('8159871420') + ' ext. 312')}</tr>
<tr class="s"><td colspan="4">3. CONSULTATION REQUESTED</td></tr>
<tr>{c('Service', box(False)+'Cardiology '+box(False)+'Urology '+box(True)+'<b>Podiatry</b> '+box(False)+'Wound clinic '+box(False)+'Other ____', 2)}{c('Consultant (if known)', 'Any available &ndash; first opening')}{c('Priority', box(False)+'Emergent '+box(False)+'Urgent (72 h) '+box(True)+'Routine')}</tr>
<tr>{c('Diagnoses (ICD-10)', 'E11.621 &ndash; Type 2 diabetes mellitus with foot ulcer<br>L97.512 &ndash; Non-pressure chronic ulcer of other part of right foot with fat layer exposed<br>B35.1 &ndash; Tinea unguium', 4)}</tr>
<tr>{c('Reason for consult / question for consultant', f['reason'], 4)}</tr>
<tr>{c('Wound description', 'R plantar 1st MTP: 1.6 x 1.2 x 0.3 cm, granular base 70%, slough 30%, moderate serous drainage, no odor, periwound callus. Pedal pulses diminished. A1c 7.9% (10/2026).', 4)}</tr>
<tr class="s"><td colspan="4">4. CLINICAL / TRANSFER INFORMATION</td></tr>
<tr>{c('Mental status', 'Oriented x2, mild dementia (BIMS 11)')}{c('Mobility', 'Wheelchair, 1-person pivot transfer')}{c('Diet', 'Consistent carbohydrate, regular texture')}{c('Allergies', 'Penicillin (hives), latex')}</tr>
<tr>{c('Isolation', 'None')}{c('Transport', 'Facility van + CNA escort')}{c('Hearing / vision', 'Hearing aid L; glasses')}{c('Last vitals', 'BP 138/72 P 78 T 97.9 SpO2 96%')}</tr>
<tr>{c('Medications', 'Metformin 500 mg BID; insulin glargine 12 units HS; lisinopril 5 mg daily; atorvastatin 20 mg HS; donepezil 10 mg HS; acetaminophen 650 mg q6h PRN. Current MAR attached.', 4)}</tr>
<tr class="s"><td colspan="4">5. REQUESTING PHYSICIAN</td></tr>
<tr>{c('Attending physician', 'Theodore Lindqvist, MD')}{c('NPI', f['referring_npi'])}{c('Phone', P(f['referring_phone']) + ' ext. 2140')}{c('Fax results to', P(f['referring_fax']))}</tr>
<tr>{c('Requested by (nurse)', 'Gwendolyn Petros, RN, Unit Manager')}{c('Date of request', D(f['referral_date'],'abbr'))}{c('Physician signature', '<span style="font-family:Z003,cursive;font-size:13pt">T. Lindqvist MD</span>', 2)}</tr>
</table>
<div class="ret"><b>CONSULTANT: please complete and return with resident.</b> Findings / recommendations / orders: ____________________________________________
______________________________________________________________________________ &nbsp; Follow-up visit needed? &nbsp; {box(False)} Yes &nbsp; {box(False)} No</div>
<div class="ft"><span>WCRC Form N-114 &middot; Rev. 02/2025</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NR05", css, body), fields=f, pages=1,
                kind="skilled_nursing_facility_interfacility_consult_request_resident_number_to_podiatry", mode="standard",
                fax=dict(when="19-NOV-2026 10:05", name="WILLOWBROOK CARE CTR", number=f["referring_fax"],
                         to="8153990042", fmt="d"))
