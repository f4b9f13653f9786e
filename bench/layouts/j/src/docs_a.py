"""NZ01-NZ05 document builders. Each returns dict(html, fields, pages, kind, mode, fax)."""
from common import npi, P, D, box, page


# ====================================================================== NZ01
def nz01():
    """Mixed packet: fax cover sheet + typed referral form + office visit (SOAP) note; IM -> rheumatology."""
    f = {
        "patient_last_name": "Quintanilla",
        "patient_first_name": "Marisol",
        "patient_dob": "1974-06-18",
        "patient_sex": "F",
        "patient_phone": "2535817740",
        "patient_mrn": "BIM-208417",
        "insurance_payer": "Premera Blue Cross",
        "insurance_member_id": "PRW884120573",
        "referring_provider": "Anders Lindqvist",
        "referring_npi": npi("158204736"),
        "referring_phone": "2534759200",
        "referring_fax": "2534759215",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Priya Venkataraman",
        "diagnosis_codes": ["M25.541", "M25.542", "R76.8"],
        "reason": "Symmetric small-joint hand pain and morning stiffness over 1 hour with strongly positive anti-CCP; evaluate for early rheumatoid arthritis and start of DMARD therapy",
        "urgency": "routine",
        "referral_date": "2026-10-07",
    }
    pcp2_npi = npi("131958207")
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
/* cover */
.cv-top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid #000; padding-bottom:6px; }
.cv-org { font-size:14pt; font-weight:bold; }
.cv-fax { font-size:54pt; font-weight:bold; letter-spacing:8px; line-height:1; }
table.cv { width:100%; margin-top:22px; font-size:11.5pt; }
table.cv td { padding:7px 6px; border-bottom:1px solid #000; vertical-align:top; }
table.cv td.l { width:1.1in; font-weight:bold; }
.cv-checks { margin-top:18px; font-size:11pt; display:flex; gap:26px; }
.cv-cmt { margin-top:18px; border:1px solid #000; padding:8px 10px; min-height:1.3in; font-size:11pt; }
.conf { position:absolute; bottom:0.3in; left:0; right:0; font-size:8pt; border-top:1px solid #000; padding-top:4px; text-align:justify; }
/* referral form */
.rf-h { text-align:center; }
.rf-h .t { font-size:15pt; font-weight:bold; letter-spacing:1px; }
.sec { margin-top:9px; background:#000; color:#fff; font-weight:bold; padding:2px 6px; font-size:10pt; }
table.kv { width:100%; }
table.kv td { padding:3px 4px; vertical-align:top; font-size:10pt; }
table.kv td.l { white-space:nowrap; width:1.25in; }
table.kv b { font-size:10.5pt; }
table.dx { width:100%; margin-top:3px; }
table.dx th, table.dx td { border:1px solid #000; padding:3px 5px; text-align:left; font-size:10pt; }
.rf-foot { font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
/* visit note */
.note { font-family:'Liberation Serif', 'Times New Roman', serif; font-size:10.5pt; }
.note h1 { font-size:13pt; margin:0; }
.note .ph { display:flex; justify-content:space-between; border-bottom:1.5px solid #000; padding-bottom:4px; font-size:10pt; }
.note h2 { font-size:10.5pt; margin:8px 0 2px 0; text-transform:uppercase; }
.note p { margin:2px 0; }
table.lab { margin-top:3px; font-size:9.5pt; }
table.lab th, table.lab td { border-bottom:1px solid #000; padding:1px 10px 1px 0; text-align:left; }
.sig { font-family:'Z003', cursive; font-size:17pt; }
"""
    cover = f"""
<div class="sheet"><div class="inner">
<div class="cv-top"><div><div class="cv-org">Brightwater Internal Medicine</div>
<div>1120 S Union Ave, Suite 300 &bull; Tacoma, WA 98405</div>
<div>Tel {P(f['referring_phone'],'dot')} &bull; Fax {P(f['referring_fax'],'dot')}</div></div>
<div class="cv-fax">FAX</div></div>
<table class="cv">
<tr><td class="l">To:</td><td>Puget Sound Rheumatology &amp; Arthritis Center<br>Attn: New Patient Referrals</td></tr>
<tr><td class="l">Fax:</td><td>{P('2536271184','paren')}</td></tr>
<tr><td class="l">Phone:</td><td>{P('2536271100','paren')}</td></tr>
<tr><td class="l">From:</td><td>Kelsey Amundsen, Referral Coordinator</td></tr>
<tr><td class="l">Fax:</td><td>{P(f['referring_fax'],'dot')}</td></tr>
<tr><td class="l">Phone:</td><td>{P(f['referring_phone'],'dot')} ext. 4117</td></tr>
<tr><td class="l">Date:</td><td>{D('2026-10-08','us')}</td></tr>
<tr><td class="l">Pages:</td><td>3 (including cover)</td></tr>
<tr><td class="l">Re:</td><td>New patient referral &ndash; Quintanilla, Marisol</td></tr>
</table>
<div class="cv-checks"><span>{box(False)} Urgent</span><span>{box(True)} For Review</span><span>{box(False)} Please Comment</span><span>{box(False)} Please Reply</span><span>{box(False)} Please Recycle</span></div>
<div class="cv-cmt"><b>Comments:</b><br>Please find attached a referral and the most recent office note for the patient above.
Kindly call our office to confirm receipt and the scheduled appointment date. Thank you!</div>
<div class="conf"><b>CONFIDENTIALITY NOTICE:</b> This facsimile contains protected health information that is privileged and confidential under
federal and state law (45 CFR Parts 160 &amp; 164). It is intended only for the use of the recipient named above. If you are not the intended
recipient, you are hereby notified that any review, disclosure, copying or distribution is strictly prohibited. If you have received this fax in
error, please notify the sender immediately at {P(f['referring_phone'],'dot')} and destroy all copies.</div>
</div></div>"""

    form = f"""
<div class="sheet"><div class="inner">
<div class="rf-h"><div style="font-weight:bold">BRIGHTWATER INTERNAL MEDICINE</div>
<div style="font-size:9pt">1120 S Union Ave, Suite 300, Tacoma, WA 98405 &nbsp;|&nbsp; Phone {P(f['referring_phone'],'paren')} &nbsp;|&nbsp; Fax {P(f['referring_fax'],'paren')}</div>
<div class="t" style="margin-top:6px">OUTPATIENT SPECIALTY REFERRAL</div></div>
<table class="kv" style="margin-top:4px"><tr>
<td class="l">Referral date:</td><td><b>{D(f['referral_date'],'us')}</b></td>
<td class="l">Priority:</td><td><b>Routine</b></td>
<td class="l">Referral #:</td><td>R-26-114093</td></tr></table>

<div class="sec">PATIENT</div>
<table class="kv">
<tr><td class="l">Name:</td><td><b>Marisol E. Quintanilla</b></td><td class="l">MRN:</td><td><b>{f['patient_mrn']}</b></td></tr>
<tr><td class="l">Date of birth:</td><td><b>{D(f['patient_dob'],'us')}</b></td><td class="l">Sex:</td><td><b>Female</b></td></tr>
<tr><td class="l">Phone:</td><td><b>{P(f['patient_phone'],'paren')}</b></td><td class="l">Language:</td><td>English / Spanish</td></tr>
<tr><td class="l">Address:</td><td colspan="3">3417 N Proctor St, Tacoma, WA 98407</td></tr>
<tr><td class="l">Emergency contact:</td><td colspan="3">Hector Quintanilla (husband) {P('2535817755','paren')}</td></tr>
</table>

<div class="sec">INSURANCE</div>
<table class="kv">
<tr><td class="l">Carrier:</td><td><b>{f['insurance_payer']}</b></td><td class="l">Plan:</td><td>Heritage Prime PPO</td></tr>
<tr><td class="l">Member ID:</td><td><b>{f['insurance_member_id']}</b></td><td class="l">Group #:</td><td>1001832</td></tr>
<tr><td class="l">Subscriber:</td><td>Self</td><td class="l">Auth required:</td><td>No</td></tr>
</table>

<div class="sec">REFERRING PROVIDER</div>
<table class="kv">
<tr><td class="l">Provider:</td><td><b>Anders Lindqvist, MD</b> (Internal Medicine)</td><td class="l">NPI:</td><td><b>{f['referring_npi']}</b></td></tr>
<tr><td class="l">Phone:</td><td><b>{P(f['referring_phone'],'paren')}</b></td><td class="l">Fax:</td><td><b>{P(f['referring_fax'],'paren')}</b></td></tr>
<tr><td class="l">PCP of record:</td><td>Janelle Okimoto, MD</td><td class="l">PCP NPI:</td><td>{pcp2_npi}</td></tr>
</table>

<div class="sec">REFERRED TO</div>
<table class="kv">
<tr><td class="l">Specialty:</td><td><b>Rheumatology</b></td><td class="l">Provider:</td><td><b>Priya Venkataraman, MD</b></td></tr>
<tr><td class="l">Facility:</td><td colspan="3">Puget Sound Rheumatology &amp; Arthritis Center, 1802 S Yakima Ave, Suite 210, Tacoma, WA 98405</td></tr>
<tr><td class="l">Phone:</td><td>{P('2536271100','paren')}</td><td class="l">Fax:</td><td>{P('2536271184','paren')}</td></tr>
</table>

<div class="sec">DIAGNOSES</div>
<table class="dx">
<tr><th style="width:1.1in">ICD-10</th><th>Description</th></tr>
<tr><td><b>M25.541</b></td><td>Pain in joints of right hand</td></tr>
<tr><td><b>M25.542</b></td><td>Pain in joints of left hand</td></tr>
<tr><td><b>R76.8</b></td><td>Other specified abnormal immunological findings in serum (anti-CCP positive)</td></tr>
</table>

<div class="sec">REASON FOR REFERRAL</div>
<p style="margin:4px 4px"><b>{f['reason']}.</b></p>
<p style="margin:4px 4px">Requested: consult and treat. Visits: 1 consult + 2 follow-up. Attachments: {box(True)} Office note &nbsp; {box(True)} Labs &nbsp; {box(False)} Imaging</p>
<table class="kv" style="margin-top:10px"><tr>
<td style="width:50%">Provider signature: <span class="sig">Anders Lindqvist</span></td>
<td>Date: {D(f['referral_date'],'us')}</td></tr></table>
<div class="pfoot rf-foot"><span>Form BIM-REF-03 (rev. 02/2025)</span><span>Quintanilla, Marisol &ndash; {f['patient_mrn']}</span><span>Page 1 of 1</span></div>
</div></div>"""

    note = f"""
<div class="sheet"><div class="inner note">
<div class="ph"><div><h1>Office Visit &ndash; Progress Note</h1>Brightwater Internal Medicine</div>
<div style="text-align:right">Patient: Quintanilla, Marisol E &nbsp; DOB: {D(f['patient_dob'],'us')}<br>
MRN: {f['patient_mrn']} &nbsp; DOS: {D('2026-10-07','us')}<br>Provider: Anders Lindqvist, MD</div></div>

<h2>Chief complaint</h2><p>Hand pain and stiffness, both hands, ~4 months.</p>
<h2>History of present illness</h2>
<p>52-year-old woman with hypertension presents for follow-up of bilateral hand pain. Reports swelling of the MCP and PIP joints of both hands,
morning stiffness lasting 90 minutes to 2 hours, and difficulty opening jars at work (dental hygienist). Ibuprofen 400 mg helps partially.
No rash, no oral ulcers, no Raynaud's, no dry eyes. Mother with "arthritis" in her 40s. Labs drawn at visit of {D('2026-09-23','us')} reviewed today.</p>
<h2>Medications</h2>
<p>Lisinopril 10 mg daily; ibuprofen 400 mg PRN; vitamin D3 2000 IU daily.</p>
<h2>Vitals</h2>
<p>BP 128/78 &nbsp; HR 74 &nbsp; T 98.2 F &nbsp; Wt 148 lb &nbsp; BMI 25.4 &nbsp; (taken by T. Brandvold, MA)</p>
<h2>Exam</h2>
<p>Bilateral 2nd&ndash;3rd MCP and 2nd PIP synovitis, tender; wrists with mild swelling R &gt; L. Squeeze test positive both hands.
No nodules. Feet: mild MTP tenderness. Skin and nails normal.</p>
<h2>Results</h2>
<table class="lab">
<tr><th>Test</th><th>Result</th><th>Ref. range</th><th>Collected</th></tr>
<tr><td>Rheumatoid factor</td><td>38 IU/mL (H)</td><td>&lt; 14</td><td>{D('2026-09-23','us')}</td></tr>
<tr><td>Anti-CCP IgG</td><td>112 U/mL (H)</td><td>&lt; 20</td><td>{D('2026-09-23','us')}</td></tr>
<tr><td>ESR</td><td>42 mm/h (H)</td><td>0&ndash;20</td><td>{D('2026-09-23','us')}</td></tr>
<tr><td>CRP</td><td>1.8 mg/dL (H)</td><td>&lt; 0.8</td><td>{D('2026-09-23','us')}</td></tr>
<tr><td>ANA</td><td>Negative</td><td></td><td>{D('2026-09-23','us')}</td></tr>
</table>
<h2>Assessment and plan</h2>
<p>1. Inflammatory polyarthritis of both hands with positive RF and anti-CCP &ndash; likely seropositive RA. Refer to rheumatology (Dr. Venkataraman).
Start naproxen 500 mg BID with food (NDC 68462-0190-01) in place of ibuprofen. Hand X-rays bilateral ordered (CPT 73130 x2).</p>
<p>2. Hypertension &ndash; controlled on lisinopril, continue. Recheck BMP before NSAID refill.</p>
<p>Return to clinic in 6 weeks or sooner if worse.</p>
<p style="margin-top:6px; font-size:9.5pt">Charges: 99214-25; 36415; 86200; 86431; 85652. &nbsp; Time: 32 min.</p>
<p style="margin-top:10px">Electronically signed by Anders Lindqvist, MD on {D('2026-10-07','us')} at 16:40</p>
<div class="pfoot" style="font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; font-family:'Liberation Sans',sans-serif">
<span>Printed {D('2026-10-08','us')} 08:52 by KAMUNDSEN</span><span>Quintanilla, Marisol E &ndash; {f['patient_mrn']}</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NZ01", css, cover + form + note), fields=f, pages=3,
                kind="packet_fax_cover_plus_referral_form_plus_visit_note_rheum", mode="fine",
                fax=dict(when="10/08/2026 09:14", name="BRIGHTWATER INT MED", number=f["referring_fax"],
                         to="2536271184", fmt="a"))


# ====================================================================== NZ02
def nz02():
    """Half-typed referral form: typed top half, checkbox specialty/urgency/provider bottom half; family medicine -> dermatology."""
    f = {
        "patient_last_name": "Beauchamp",
        "patient_first_name": "Gerald",
        "patient_dob": "1951-04-09",
        "patient_sex": "M",
        "patient_phone": "3193642287",
        "insurance_payer": "Wellmark Blue Cross Blue Shield of Iowa",
        "insurance_member_id": "W2B449108736",
        "referring_provider": "Hollis Varga",
        "referring_npi": npi("172039548"),
        "referring_phone": "3193981500",
        "referring_fax": "3193981544",
        "referred_to_specialty": "dermatology",
        "diagnosis_codes": ["D48.5", "Z85.828"],
        "reason": "Irregular pigmented lesion on left upper back, enlarging over 3 months with color change and bleeding; rule out melanoma. History of basal cell carcinoma of the nose",
        "urgency": "urgent",
        "referral_date": "2026-11-03",
    }
    other1 = npi("120584937")
    other2 = npi("145928306")
    specs = ["Allergy", "Cardiology", "Dermatology", "Endocrinology", "ENT", "Gastroenterology",
             "General Surgery", "Hematology/Oncology", "Nephrology", "Neurology", "OB/GYN", "Ophthalmology",
             "Orthopedics", "Physical Therapy", "Podiatry", "Psychiatry", "Pulmonology", "Rheumatology",
             "Urology", "Other: ____________"]
    words, lines = f["reason"].split(), [""]
    for w in words:  # first blank is short (label beside it), the others span the box
        lim = 54 if len(lines) == 1 else 76
        if lines[-1] and len(lines[-1]) + 1 + len(w) > lim:
            lines.append(w)
        else:
            lines[-1] = (lines[-1] + " " + w).strip()
    r1 = lines[0]
    r2 = "</span></div>\n<div class=\"ln\"><span class=\"v\">".join(lines[1:])
    cells = "".join(f"<td>{box(s == 'Dermatology', 'mk')} {s}</td>" + ("</tr><tr>" if i % 4 == 3 and i < len(specs) - 1 else "")
                    for i, s in enumerate(specs))
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9pt; }
.head { display:flex; justify-content:space-between; align-items:flex-start; }
.head .n { font-size:13pt; font-weight:bold; }
.title { text-align:center; font-size:13pt; font-weight:bold; border-top:2px solid #000; border-bottom:2px solid #000; margin:6px 0 4px 0; padding:2px; letter-spacing:2px; }
.half { border:1.5px solid #000; padding:4px 8px 6px 8px; }
.half .cap { font-size:7.5pt; font-style:italic; }
.ln { display:flex; align-items:flex-end; gap:6px; margin-top:5px; }
.ln .l { white-space:nowrap; }
.ln .v { flex:1; border-bottom:1px solid #000; font-family:'Nimbus Mono PS','Courier New',monospace; font-size:11pt; font-weight:bold; padding-left:4px; line-height:1.15; }
.v.empty { height:15px; }
.mk { display:inline-block; width:0.16in; height:0.16in; border:1.3px solid #000; text-align:center;
      font: bold 11pt/0.15in 'Liberation Sans', sans-serif; vertical-align:-3px; margin-right:2px; }
table.sp { width:100%; margin-top:3px; }
table.sp td { padding:3px 2px; font-size:9.5pt; width:25%; }
.sig { font-family:'Z003', cursive; font-size:18pt; }
.foot { font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="head"><div><div class="n">TRI-COUNTY FAMILY MEDICINE</div>
<div>Harlan Street Clinic &bull; 2150 Harlan St NE &bull; Cedar Rapids, IA 52402</div></div>
<div style="text-align:right">Main line {P(f['referring_phone'],'dash')}<br>Referral desk FAX {P(f['referring_fax'],'dash')}<br>Billing {P('3193981560','dash')}</div></div>
<div class="title">SPECIALTY REFERRAL REQUEST</div>

<div class="half">
<div class="cap">Section A &ndash; to be completed by clinic staff (please type or print)</div>
<div class="ln"><span class="l">Date of request</span><span class="v" style="flex:0 0 1.3in">{D(f['referral_date'],'mdyy')}</span>
<span class="l">Chart #</span><span class="v empty" style="flex:0 0 1.3in"></span>
<span class="l">Sex</span><span>{box(True,'mk')} M &nbsp;{box(False,'mk')} F</span></div>
<div class="ln"><span class="l">Patient name (first, MI, last)</span><span class="v">Gerald T. Beauchamp</span>
<span class="l">DOB</span><span class="v" style="flex:0 0 1.1in">{D(f['patient_dob'],'mdyy')}</span></div>
<div class="ln"><span class="l">Street</span><span class="v">4410 Twixt Town Rd, Marion, IA 52302</span>
<span class="l">Phone</span><span class="v" style="flex:0 0 1.5in">{P(f['patient_phone'],'paren')}</span></div>
<div class="ln"><span class="l">Insurance</span><span class="v">{f['insurance_payer']}</span></div>
<div class="ln"><span class="l">Member ID</span><span class="v">{f['insurance_member_id']}</span>
<span class="l">Group</span><span class="v" style="flex:0 0 1.2in">53172-110</span>
<span class="l">Copay</span><span class="v" style="flex:0 0 0.7in">$40</span></div>
<div class="ln"><span class="l">ICD-10 code(s)</span><span class="v">D48.5 &nbsp;&nbsp; Z85.828</span></div>
<div class="ln"><span class="l">Reason for referral</span><span class="v">{r1}</span></div>
<div class="ln"><span class="v">{r2}</span></div>
<div class="ln"><span class="l">Pertinent history / meds</span><span class="v">Warfarin 5 mg (A-fib); BCC excised 2019 (Mohs, Dr. Lund)</span></div>
<div class="ln"><span class="l">Records sent</span><span class="v">Last office note {D('2026-10-30','mdyy')}; photo of lesion; path report 2019</span></div>
</div>

<div class="half" style="margin-top:8px">
<div class="cap">Section B &ndash; referring provider to complete (check all that apply)</div>
<div style="margin-top:4px"><b>Specialty requested:</b></div>
<table class="sp"><tr>{cells}</tr></table>
<div class="ln"><span class="l"><b>Refer to (name, if preferred):</b></span><span class="v empty"></span></div>
<div style="margin-top:8px"><b>Urgency:</b> &nbsp; {box(False,'mk')} Routine (4&ndash;6 weeks) &nbsp;&nbsp; {box(True,'mk')} Urgent (within 7 days) &nbsp;&nbsp; {box(False,'mk')} STAT (same day, call the office)</div>
<div style="margin-top:8px"><b>Type of visit:</b> &nbsp; {box(True,'mk')} Consult only &nbsp; {box(False,'mk')} Consult and treat &nbsp; {box(False,'mk')} Procedure: __________ &nbsp; {box(False,'mk')} Second opinion</div>
<div style="margin-top:8px"><b>Referring provider:</b></div>
<table class="sp" style="margin-top:0">
<tr><td style="width:33%">{box(False,'mk')} Colleen Stroud, MD<br><span style="padding-left:0.22in">NPI {other1}</span></td>
<td style="width:33%">{box(True,'mk')} Hollis Varga, DO<br><span style="padding-left:0.22in">NPI {f['referring_npi']}</span></td>
<td style="width:34%">{box(False,'mk')} Dana Whitlock, ARNP<br><span style="padding-left:0.22in">NPI {other2}</span></td></tr></table>
<div class="ln" style="margin-top:10px"><span class="l">Provider signature</span><span class="v sig" style="font-family:'Z003',cursive; font-weight:normal; font-size:18pt">Hollis Varga DO</span>
<span class="l">Date</span><span class="v" style="flex:0 0 1.1in">{D(f['referral_date'],'mdyy')}</span></div>
</div>

<div style="margin-top:8px; border:1px dashed #000; padding:4px 8px; font-size:8.5pt">
<b>FOR SPECIALIST OFFICE USE:</b> Appt date ________ Time ______ Provider ______________ &nbsp; Please fax appointment and consult notes to {P(f['referring_fax'],'dash')}.
</div>
<div class="pfoot foot"><span>TCFM-017 Specialty Referral Request &ndash; rev. 08/2024</span><span>White: specialist &bull; Yellow: chart</span></div>
</div></div>"""
    return dict(html=page("NZ02", css, body), fields=f, pages=1,
                kind="half_typed_form_checkbox_specialty_urgency_provider_derm", mode="standard",
                fax=dict(when="NOV-03-2026 15:47", name="TRI-COUNTY FAM MED", number=f["referring_fax"],
                         to="3193646800", fmt="b"))


# ====================================================================== NZ03
def nz03():
    """One-page hospitalist consult request to an outpatient hematology clinic (SBAR)."""
    f = {
        "patient_last_name": "Arvizu",
        "patient_first_name": "Ramona",
        "patient_dob": "1958-03-14",
        "patient_sex": "F",
        "patient_phone": "5058364419",
        "patient_mrn": "SB00731852",
        "insurance_payer": "Presbyterian Centennial Care",
        "insurance_member_id": "PCC600718254",
        "referring_provider": "Tobias Achterberg",
        "referring_npi": npi("196437205"),
        "referring_phone": "5057274100",
        "referring_fax": "5057274166",
        "referred_to_specialty": "hematology",
        "diagnosis_codes": ["D61.818", "R16.1"],
        "reason": "New pancytopenia with splenomegaly found during admission for pneumonia; outpatient hematology evaluation and possible bone marrow biopsy",
        "urgency": "urgent",
        "referral_date": "2026-10-21",
    }
    pcp_npi = npi("112960384")
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 8.6pt; }
.top { display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:4px; }
.top .h { font-size:12pt; font-weight:bold; }
.ttl { margin-top:6px; font-size:12pt; font-weight:bold; }
table.hz { width:100%; margin-top:6px; }
table.hz th { background:#ebebeb; border:1px solid #000; font-size:7.5pt; text-align:left; padding:2px 4px; font-weight:bold; }
table.hz td { border:1px solid #000; padding:3px 4px; font-size:9pt; font-weight:bold; }
.two { display:flex; gap:10px; margin-top:8px; }
.two > div { flex:1; border:1px solid #000; padding:4px 6px; }
.two .h { font-weight:bold; border-bottom:1px solid #000; margin-bottom:3px; }
.sb { margin-top:8px; display:flex; border:1px solid #000; }
.sb .k { width:0.28in; background:#000; color:#fff; font-weight:bold; font-size:13pt; text-align:center; padding-top:3px; }
.sb .c { flex:1; padding:3px 6px; }
.sb + .sb { margin-top:-1px; }
table.lb { font-size:8pt; margin-top:2px; }
table.lb td, table.lb th { padding:0 8px 0 0; text-align:left; }
.foot { display:flex; justify-content:space-between; font-size:7.5pt; border-top:1px solid #000; padding-top:2px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="top"><div><div class="h">St. Brendan Regional Medical Center</div>
<div>Hospital Medicine Service &bull; 1100 Coal Ave SE, Albuquerque, NM 87106</div></div>
<div style="text-align:right">Hospitalist office {P(f['referring_phone'],'paren')}<br>Hospitalist fax {P(f['referring_fax'],'paren')}<br>Hospital operator {P('5057270000','paren')}</div></div>
<div class="ttl">INPATIENT-TO-OUTPATIENT CONSULT REQUEST &nbsp;<span style="font-size:9pt; font-weight:normal">(post-discharge follow-up)</span></div>
<div>To: <b>Sandia Hematology &amp; Oncology Associates</b> &mdash; first available hematologist<br>
4901 Lomas Blvd NE, Suite 300, Albuquerque, NM 87110 &nbsp;&bull;&nbsp; Ph {P('5058841920','paren')} &nbsp;&bull;&nbsp; Fax {P('5058841977','paren')}</div>

<table class="hz">
<tr><th>Patient name</th><th>Date of birth</th><th>Sex</th><th>MRN</th><th>FIN / Encounter</th><th>Unit / Room</th></tr>
<tr><td>Arvizu, Ramona L.</td><td>{D(f['patient_dob'],'long')}</td><td>F</td><td>{f['patient_mrn']}</td><td>4410982273</td><td>4 West / 412-B</td></tr>
</table>
<table class="hz" style="margin-top:-1px">
<tr><th>Patient phone</th><th>Insurance</th><th>Member ID</th><th>Admitted</th><th>Expected discharge</th></tr>
<tr><td>{P(f['patient_phone'],'paren')}</td><td>{f['insurance_payer']}</td><td>{f['insurance_member_id']}</td><td>{D('2026-10-17','long')}</td><td>{D('2026-10-22','long')}</td></tr>
</table>
<table class="hz" style="margin-top:-1px">
<tr><th>Request date</th><th>Specialty</th><th>Priority</th><th>Requested timeframe</th></tr>
<tr><td>{D(f['referral_date'],'long')}</td><td>Hematology</td><td>URGENT</td><td>Within 7 days of discharge</td></tr>
</table>

<div class="two">
<div><div class="h">Requesting physician (hospitalist)</div>
<b>Tobias Achterberg, MD</b> &ndash; Internal Medicine / Hospital Medicine<br>
NPI {f['referring_npi']}<br>
Office {P(f['referring_phone'],'paren')} &bull; Fax {P(f['referring_fax'],'paren')}<br>
Pager {P('5053809912','dash')} (7a&ndash;7p)</div>
<div><div class="h">Primary care physician (for results)</div>
Ines Calloway, MD &ndash; Westside Family Health<br>
NPI {pcp_npi}<br>
Ph {P('5058317600','paren')} &bull; Fax {P('5058317648','paren')}<br>
Discharge summary will be faxed to PCP and consultant</div>
</div>

<div class="sb" style="margin-top:8px"><div class="k">S</div><div class="c"><b>Situation.</b> 68-year-old woman admitted {D('2026-10-17','long')} with right lower lobe community-acquired pneumonia, now improving on oral antibiotics and ready for discharge.
Admission labs showed pancytopenia that has persisted after treatment of the infection.</div></div>
<div class="sb"><div class="k">B</div><div class="c"><b>Background.</b> HTN, hypothyroidism, remote cholecystectomy. No alcohol. No known liver disease. Outpatient CBC {D('2026-04-02','long')}: WBC 4.6, Hgb 12.1, Plt 171.
Meds: amlodipine 5 mg, levothyroxine 75 mcg, amoxicillin-clavulanate 875 mg BID (day 5 of 7).</div></div>
<div class="sb"><div class="k">A</div><div class="c"><b>Assessment.</b> Pancytopenia (D61.818) with splenomegaly (R16.1), spleen 15.8 cm on CT abdomen {D('2026-10-19','long')}. Smear: no blasts, few teardrop cells.
<table class="lb"><tr><th>Date</th><th>WBC</th><th>ANC</th><th>Hgb</th><th>MCV</th><th>Plt</th><th>Retic</th><th>LDH</th></tr>
<tr><td>10/17</td><td>2.1</td><td>1.2</td><td>8.9</td><td>98</td><td>64</td><td>0.8%</td><td>412</td></tr>
<tr><td>10/20</td><td>2.4</td><td>1.3</td><td>8.7</td><td>99</td><td>58</td><td>&mdash;</td><td>398</td></tr></table>
B12 and folate normal; hepatitis B/C and HIV negative.</div></div>
<div class="sb"><div class="k">R</div><div class="c"><b>Recommendation / request.</b> {f['reason']}. Please arrange the appointment directly with the patient;
she has no transportation issues. CBC with diff to be repeated on {D('2026-10-24','long')} at the PCP office.</div></div>

<div style="margin-top:10px; display:flex; justify-content:space-between">
<span>Signed: <span style="font-family:'Z003',cursive; font-size:15pt">T. Achterberg</span> &nbsp; Tobias Achterberg, MD</span>
<span>{D(f['referral_date'],'long')} 14:05</span></div>
<div style="margin-top:4px; font-size:7.5pt">Case manager: Rosalind Begay, RN &ndash; {P('5057274188','paren')}. Outpatient CT order: CPT 74177. Please do not fax results to the inpatient unit.</div>
<div class="pfoot foot"><span>SBRMC HM-CONSULT-OP 09/2025</span><span>Arvizu, Ramona L. &bull; MRN {f['patient_mrn']}</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NZ03", css, body), fields=f, pages=1,
                kind="hospitalist_one_page_sbar_consult_request_heme", mode="fine",
                fax=dict(when="OCT-21-2026 14:19", name="SBRMC HOSP MED", number=f["referring_fax"],
                         to="5058841977", fmt="c"))


# ====================================================================== NZ04
def nz04():
    """Allergist's referral letter on letterhead + demographics face sheet (page 2 holds insurance and IDs); to ENT."""
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Thaddeus",
        "patient_dob": "1969-01-02",
        "patient_sex": "M",
        "patient_phone": "5032849917",
        "patient_mrn": "CAA-0041187",
        "insurance_payer": "Providence Health Plan",
        "insurance_member_id": "91730046-01",
        "referring_provider": "Helena Marchetti",
        "referring_npi": npi("186402735"),
        "referring_phone": "5032274580",
        "referring_fax": "5032274599",
        "referred_to_specialty": "otolaryngology",
        "referred_to_provider": "Samuel Oyelowo",
        "diagnosis_codes": ["J33.9", "J32.4"],
        "reason": "evaluation for endoscopic sinus surgery for recurrent nasal polyposis and chronic pansinusitis refractory to maximal medical therapy",
        "urgency": "routine",
        "referral_date": "2026-11-04",
    }
    pcp_npi = npi("150083926")
    css = """
body { font-family: 'P052', 'Palatino Linotype', 'Book Antiqua', serif; font-size: 11pt; }
.lh { text-align:center; border-bottom:1px solid #000; padding-bottom:6px; }
.lh .n { font-size:17pt; letter-spacing:2px; font-variant:small-caps; }
.lh .s { font-size:9pt; letter-spacing:1px; }
.letter p { margin:0 0 8px 0; text-align:justify; line-height:1.3; }
.sig { font-family:'Z003', cursive; font-size:20pt; margin:4px 0 0 0; }
.lfoot { text-align:center; font-size:8pt; border-top:1px solid #000; padding-top:3px; }
/* face sheet */
.fs { font-family:'Liberation Sans Narrow','Nimbus Sans Narrow',Arial,sans-serif; font-size:9.5pt; }
.fs .hd { display:flex; justify-content:space-between; border:2px solid #000; padding:4px 6px; }
.fs .hd .t { font-size:14pt; font-weight:bold; }
.fs table.g { width:100%; margin-top:6px; }
.fs table.g td { border:1px solid #000; padding:1px 4px 3px 4px; vertical-align:top; }
.fs .k { display:block; font-size:7pt; text-transform:uppercase; letter-spacing:0.5px; }
.fs .v { font-size:10.5pt; font-weight:bold; }
.fs .band { margin-top:8px; font-weight:bold; font-size:10pt; border-bottom:2px solid #000; }
"""
    letter = f"""
<div class="sheet"><div class="inner letter">
<div class="lh"><div class="n">Cascade Allergy &amp; Asthma Specialists</div>
<div class="s">HELENA MARCHETTI, MD, FAAAAI &bull; GIDEON FAIRCHILD, MD &bull; LENA TRAN-HOLM, PA-C</div>
<div class="s">2801 N Gantenbein Ave, Suite 410 &bull; Portland, Oregon 97227 &bull; tel {P(f['referring_phone'],'dot')} &bull; fax {P(f['referring_fax'],'dot')}</div></div>

<p style="margin-top:22px">{D(f['referral_date'],'long')}</p>
<p style="margin-top:14px">Samuel Oyelowo, MD<br>Willamette Otolaryngology &ndash; Head &amp; Neck Surgery<br>1040 NW 22nd Ave, Suite 520<br>Portland, OR 97210<br>Fax {P('5034139071','dot')}</p>
<p style="margin-top:14px"><b>Re: Thaddeus J. Kowalczyk &nbsp;&nbsp; DOB {D(f['patient_dob'],'long')}</b></p>
<p>Dear Dr. Oyelowo,</p>
<p>Thank you for seeing Mr. Kowalczyk, a 57-year-old man whom I have followed since 2021 for moderate persistent asthma, aspirin-exacerbated
respiratory disease and chronic rhinosinusitis with nasal polyps. I would be grateful if you would see him for {f['reason']}.</p>
<p>He underwent functional endoscopic sinus surgery in 2017 (Dr. Perlman, Salem) with good relief for about three years. Polyps recurred in 2021.
Since then he has completed three courses of oral prednisone, uses budesonide irrigations twice daily and mometasone nasal spray, and received
aspirin desensitization in 2022, which he discontinued because of gastritis. Dupilumab 300 mg every two weeks (NDC 0024-5915-02) was started in
March 2025; after an initial response his SNOT-22 score has risen again from 21 to 58 and he has complete anosmia.</p>
<p>CT of the sinuses on {D('2026-10-16','long')} showed pansinus opacification with a Lund-Mackay score of 20/24 and bilateral grade 3 polyps on my
nasal endoscopy today (CPT 31231). His asthma is currently well controlled (ACT 22, FEV1 84% predicted on {D('2026-10-28','long')}).
Total IgE 410 IU/mL; blood eosinophils 690/&micro;L.</p>
<p>Diagnoses: nasal polyposis (J33.9) and chronic pansinusitis (J32.4); also asthma and AERD. I have enclosed his demographic face sheet with
insurance details. Please let me know if you would like me to continue the biologic perioperatively. He prefers morning appointments.</p>
<p>With kind regards,</p>
<div class="sig">Helena Marchetti</div>
<p>Helena Marchetti, MD, FAAAAI<br>NPI {f['referring_npi']}<br>Direct line {P(f['referring_phone'],'dot')} &bull; fax {P(f['referring_fax'],'dot')}</p>
<p style="font-size:9pt">cc: Raymond Okoye, MD (primary care), Northeast Portland Family Medicine, fax {P('5032887140','dot')}<br>Enclosure: patient face sheet</p>
<div class="pfoot lfoot">Cascade Allergy &amp; Asthma Specialists &bull; Portland &bull; Beaverton &bull; Gresham &nbsp;&nbsp;|&nbsp;&nbsp; page 1 of 2</div>
</div></div>"""

    def cell(k, v, span=1, w=None):
        sty = f' style="width:{w}"' if w else ""
        return f'<td colspan="{span}"{sty}><span class="k">{k}</span><span class="v">{v}</span></td>'
    face = f"""
<div class="sheet"><div class="inner fs">
<div class="hd"><div><div class="t">PATIENT DEMOGRAPHICS &ndash; FACE SHEET</div>Cascade Allergy &amp; Asthma Specialists &ndash; Lloyd District office</div>
<div style="text-align:right">Printed {D('2026-11-04','cerner')} 10:31<br>User: LTRAN</div></div>
<div class="band">PATIENT</div>
<table class="g">
<tr>{cell('Last name', 'KOWALCZYK', 2)}{cell('First name', 'THADDEUS', 2)}{cell('MI', 'J')}{cell('Chart no.', f['patient_mrn'])}</tr>
<tr>{cell('Date of birth', D(f['patient_dob'],'cerner'))}{cell('Age', '57')}{cell('Sex', 'Male')}{cell('Marital', 'Married')}{cell('Language', 'English')}{cell('SSN', 'XXX-XX-4471')}</tr>
<tr>{cell('Address', '7235 SE Duke St, Portland, OR 97206', 4)}{cell('Primary phone', P(f['patient_phone'],'paren'), 2)}</tr>
<tr>{cell('E-mail', 'tkowalczyk@example.net', 3)}{cell('Preferred contact', 'Primary phone / portal', 3)}</tr>
<tr>{cell('Emergency contact', 'Agnieszka Kowalczyk (spouse)', 3)}{cell('Contact phone', P('5032849980','paren'), 3)}</tr>
<tr>{cell('Registered', D('2021-02-15','cerner'))}{cell('Last visit', D('2026-11-04','cerner'))}{cell('Employer', 'Daimler Truck NA (retired)', 2)}{cell('Race/ethnicity', 'Declined', 2)}</tr>
</table>
<div class="band">INSURANCE</div>
<table class="g">
<tr>{cell('Primary payer', f['insurance_payer'], 3)}{cell('Plan', 'Providence Choice PPO', 2)}{cell('Effective', D('2026-01-01','cerner'))}</tr>
<tr>{cell('Member ID', f['insurance_member_id'], 2)}{cell('Group no.', 'G00472913', 2)}{cell('Subscriber', 'Self', 1)}{cell('Relationship', 'Self')}</tr>
<tr>{cell('Claims address', 'PO Box 4327, Portland, OR 97208', 3)}{cell('Provider services', P('8008782000','dash'), 3)}</tr>
<tr>{cell('Secondary payer', 'None on file', 3)}{cell('Member ID', '&nbsp;', 3)}</tr>
</table>
<div class="band">PROVIDERS</div>
<table class="g">
<tr>{cell('Rendering / referring', 'Helena Marchetti, MD', 2)}{cell('NPI', f['referring_npi'], 2)}{cell('Office fax', P(f['referring_fax'],'paren'), 2)}</tr>
<tr>{cell('Primary care', 'Raymond Okoye, MD', 2)}{cell('PCP NPI', pcp_npi, 2)}{cell('PCP phone', P('5032887100','paren'), 2)}</tr>
<tr>{cell('Referred to', 'Samuel Oyelowo, MD &ndash; Otolaryngology', 4)}{cell('Referral sent', D(f['referral_date'],'cerner'), 2)}</tr>
</table>
<div class="band">ACTIVE PROBLEMS / ALLERGIES</div>
<table class="g">
<tr>{cell('Referral diagnoses', 'J33.9 Nasal polyp, unspecified; J32.4 Chronic pansinusitis', 6)}</tr>
<tr>{cell('Other problems', 'Moderate persistent asthma; AERD; GERD', 3)}{cell('Drug allergies', 'ASPIRIN / NSAIDs (bronchospasm), penicillin (rash)', 3)}</tr>
</table>
<div style="margin-top:10px; font-size:8.5pt">HIPAA acknowledgment signed {D('2026-01-09','cerner')}. Financial policy on file. Photo ID verified.</div>
<div class="pfoot lfoot" style="font-family:'P052',serif">Cascade Allergy &amp; Asthma Specialists &nbsp;&nbsp;|&nbsp;&nbsp; page 2 of 2</div>
</div></div>"""
    return dict(html=page("NZ04", css, letter + face), fields=f, pages=2,
                kind="allergist_letter_on_letterhead_plus_face_sheet_ent", mode="standard", urgency_printed=False,
                fax=dict(when="11/04/26 11:02AM", name="CASCADE ALLERGY", number=f["referring_fax"],
                         to="5034139071", fmt="d"))


# ====================================================================== NZ05
def nz05():
    """Health-plan prior-authorization approval letter carrying the referral details; PCP -> orthopaedic surgery."""
    f = {
        "patient_last_name": "Nwachukwu",
        "patient_first_name": "Chidi",
        "patient_dob": "1987-08-14",
        "patient_sex": "M",
        "insurance_payer": "Keystone Meridian Health Plan",
        "insurance_member_id": "KMH-30498217",
        "referring_provider": "Corinne Haverford",
        "referring_npi": npi("140728395"),
        "referring_phone": "6106473300",
        "referring_fax": "6106473380",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Dmitri Lindahl",
        "diagnosis_codes": ["S83.241A", "M25.561"],
        "reason": "Evaluation and treatment of right knee medial meniscus tear with mechanical locking after basketball injury",
        "urgency": "routine",
        "referral_date": "2026-10-19",
    }
    spec_npi = npi("129374650")
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.plan { display:flex; justify-content:space-between; align-items:flex-start; }
.plan .logo { font-size:18pt; font-weight:bold; letter-spacing:-0.5px; }
.plan .logo span { font-weight:normal; }
.addr { font-size:9.5pt; line-height:1.3; }
.ttl { margin-top:12px; font-size:12.5pt; font-weight:bold; text-align:center; border:2px solid #000; padding:3px; }
table.t { width:100%; margin-top:8px; }
table.t th { border:1px solid #000; background:#e8e8e8; font-size:8.5pt; padding:2px 4px; text-align:left; }
table.t td { border:1px solid #000; padding:3px 4px; font-size:10pt; vertical-align:top; }
p { margin:6px 0; line-height:1.3; }
.foot { font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    hdr = f"""<div class="plan"><div><div class="logo">Keystone Meridian <span>Health Plan</span></div>
<div class="addr">Utilization Management Department<br>PO Box 61820, King of Prussia, PA 19406</div></div>
<div class="addr" style="text-align:right">UM phone {P('8664170900','one')}<br>UM fax {P('8664170932','one')}<br>TTY 711 &bull; Mon&ndash;Fri 8 a.m. to 6 p.m.</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hdr}
<div style="display:flex; justify-content:space-between; margin-top:14px">
<div class="addr">Corinne Haverford, DO<br>Haverford Family Practice<br>620 W Lancaster Ave, Suite 2<br>Bryn Mawr, PA 19010<br>Fax {P(f['referring_fax'],'dash')}</div>
<div class="addr" style="text-align:right">Notice date: {D('2026-10-22','us_dash')}<br>Authorization #: <b>A26-1022-044718</b><br>Reference: UM-7730215</div></div>

<div class="ttl">NOTICE OF APPROVAL &ndash; SPECIALIST REFERRAL / PRIOR AUTHORIZATION</div>
<p>Dear Dr. Haverford:</p>
<p>Keystone Meridian Health Plan has reviewed the referral request received on {D('2026-10-20','us_dash')} for the member named below.
The request has been <b>APPROVED</b> as described in this notice. A copy of this notice has been sent to the member and to the specialist.</p>

<table class="t">
<tr><th>Member name</th><th>Member ID</th><th>Date of birth</th><th>Gender</th><th>Product</th></tr>
<tr><td><b>NWACHUKWU, CHIDI O</b></td><td><b>{f['insurance_member_id']}</b></td><td><b>{D(f['patient_dob'],'us_dash')}</b></td><td>M</td><td>KMHP Select HMO</td></tr>
</table>
<table class="t">
<tr><th>Requesting (referring) provider</th><th>NPI</th><th>Phone</th><th>Fax</th></tr>
<tr><td><b>Corinne Haverford, DO</b> &ndash; Family Medicine</td><td><b>{f['referring_npi']}</b></td><td>{P(f['referring_phone'],'dash')}</td><td>{P(f['referring_fax'],'dash')}</td></tr>
</table>
<table class="t">
<tr><th>Servicing (referred-to) provider</th><th>Specialty</th><th>NPI</th><th>Phone / Fax</th></tr>
<tr><td><b>Dmitri Lindahl, MD</b><br>Main Line Orthopaedic &amp; Sports Institute<br>255 W Lancaster Ave, Paoli, PA 19301</td><td>Orthopaedic Surgery</td><td>{spec_npi}</td><td>{P('4846581200','dash')}<br>{P('4846581299','dash')} (fax)</td></tr>
</table>
<table class="t">
<tr><th>Referral date</th><th>Priority</th><th>Review type</th><th>Approved from</th><th>Approved through</th><th>Visits</th></tr>
<tr><td><b>{D(f['referral_date'],'us_dash')}</b></td><td>Routine</td><td>Standard (non-urgent)</td><td>{D('2026-10-22','us_dash')}</td><td>{D('2027-01-20','us_dash')}</td><td>3</td></tr>
</table>
<table class="t">
<tr><th style="width:1.2in">Diagnosis code</th><th>Description</th></tr>
<tr><td><b>S83.241A</b></td><td>Other tear of medial meniscus, current injury, right knee, initial encounter</td></tr>
<tr><td><b>M25.561</b></td><td>Pain in right knee</td></tr>
</table>
<table class="t">
<tr><th style="width:1.2in">Service code</th><th>Service</th><th>Units</th><th>Status</th></tr>
<tr><td>99203&ndash;99205</td><td>New patient office visit, specialist</td><td>1</td><td>Approved</td></tr>
<tr><td>99212&ndash;99214</td><td>Established patient follow-up visits</td><td>2</td><td>Approved</td></tr>
<tr><td>73721</td><td>MRI lower extremity joint without contrast</td><td>1</td><td>Requires separate authorization</td></tr>
</table>
<p><b>Reason for referral (as submitted):</b> {f['reason']}.</p>
<p>This approval is not a guarantee of payment. Payment depends on the member's eligibility and benefits on the date of service.
The member's specialist copay is $45.</p>
<p>Sincerely,<br>Wendell Prystowsky, MD, Associate Medical Director<br>for Utilization Management</p>
<div class="pfoot foot"><span>KMHP-UM-APR-01 (10/2025)</span><span>{D('2026-10-22','us_dash')}</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hdr}
<div style="margin-top:14px; font-weight:bold">Member: NWACHUKWU, CHIDI O &nbsp;&nbsp; ID {f['insurance_member_id']} &nbsp;&nbsp; Authorization # A26-1022-044718</div>
<h3 style="margin:14px 0 4px 0; font-size:11pt">Important information about this decision</h3>
<p>1. The servicing provider must confirm that the member is eligible on each date of service by calling Provider Services at {P('8664170900','one')} or by using the provider portal.</p>
<p>2. Services not listed in this notice, including imaging, surgery, durable medical equipment and physical therapy, require a separate request.
Urgent requests may be faxed to {P('8664170932','one')} and are decided within 72 hours.</p>
<p>3. If the member changes primary care providers before {D('2027-01-20','us_dash')}, this referral remains valid for the servicing provider named above.</p>
<p>4. Claims must include the authorization number. Submit claims to Keystone Meridian Health Plan, Claims Department, PO Box 61877, King of Prussia, PA 19406
(payer ID 23418).</p>
<h3 style="margin:14px 0 4px 0; font-size:11pt">Your right to appeal</h3>
<p>Because this request was approved in full, no appeal is needed. If you disagree with a later change to this authorization, you may request a
peer-to-peer discussion with a plan medical director within 14 calendar days of the change by calling {P('8664170955','one')}.</p>
<h3 style="margin:14px 0 4px 0; font-size:11pt">Language assistance</h3>
<p>ATENCI&Oacute;N: si habla espa&ntilde;ol, tiene a su disposici&oacute;n servicios gratuitos de asistencia ling&uuml;&iacute;stica. Llame al {P('8664170900','one')} (TTY: 711).</p>
<p>CH&Uacute; &Yacute;: N&#7871;u b&#7841;n n&oacute;i Ti&#7871;ng Vi&#7879;t, c&oacute; c&aacute;c d&#7883;ch v&#7909; h&#7895; tr&#7907; ng&ocirc;n ng&#7919; mi&#7877;n ph&iacute; d&agrave;nh cho b&#7841;n. G&#7885;i s&#7889; {P('8664170900','one')}.</p>
<p style="margin-top:16px">cc: Member (mailed {D('2026-10-22','us_dash')}); Dmitri Lindahl, MD (fax {P('4846581299','dash')}); file</p>
<div class="pfoot foot"><span>KMHP-UM-APR-01 (10/2025)</span><span>{D('2026-10-22','us_dash')}</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NZ05", css, p1 + p2), fields=f, pages=2,
                kind="health_plan_prior_auth_approval_letter_ortho", mode="fine",
                fax=dict(when="2026-10-22 16:31", name="KMHP UTILIZATION MGMT", number="8664170932",
                         to=f["referring_fax"], fmt="e"))
