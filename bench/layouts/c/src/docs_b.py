# NS06-NS10
PAGE = "@page { size: letter; margin: 0.6in; }\n"

def ns06():
    def cell(l, v, span=1):
        return f'<td colspan="{span}"><span class="l">{l}</span><span class="v">{v}</span></td>'
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
""" + PAGE + """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.top { display:flex; justify-content:space-between; align-items:center; }
.top .c { font-size:14pt; font-weight:bold; }
.top .a { font-size:8.5pt; text-align:right; line-height:1.3; }
.t { font-size:18pt; font-weight:300; letter-spacing:4px; margin:14px 0 6px; border-top:0.5px solid #000; border-bottom:0.5px solid #000; padding:4px 0; text-align:center; }
.sh { font-size:8pt; font-weight:bold; letter-spacing:2px; margin:10px 0 0; }
table.g { width:100%; border-collapse:collapse; table-layout:fixed; }
table.g td { border:0.6px solid #000; padding:5px 6px; overflow:hidden; }
.l { font-size:7.5pt; text-transform:uppercase; letter-spacing:0.5px; margin-right:6px; }
.v { font-size:10.5pt; font-weight:bold; }
.foot { position:fixed; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
</style></head><body>
<div class="top"><div class="c">CEDAR RIDGE FAMILY MEDICINE</div>
<div class="a">3100 Oakmont Blvd, Fort Collins, CO 80525<br>T 970.224.6610 &nbsp; F 970.224.6618<br>cedarridgefm.example</div></div>
<div class="t">DERMATOLOGY REFERRAL</div>
<div class="sh">PATIENT</div>
<table class="g"><tr>""" + cell("Last", "Kowalczyk") + cell("First", "Teresa") + cell("DOB", "11/05/1957") + """</tr>
<tr>""" + cell("Sex", "F") + cell("Mobile", "970.581.2264") + cell("MRN", "CRFM-77310") + """</tr>
<tr>""" + cell("Payer", "Cigna") + cell("Member ID", "U4827193602") + cell("Group", "3338417") + """</tr></table>
<div class="sh">REFERRING</div>
<table class="g"><tr>""" + cell("Provider", "Brandon J. Hale, PA-C") + cell("NPI", "1255906434") + cell("Supervising MD", "Lauren Whitcomb, MD") + """</tr>
<tr>""" + cell("Phone", "970.224.6610") + cell("Fax", "970.224.6618") + cell("Referral Date", "10/27/2026") + """</tr></table>
<div class="sh">REFERRED TO</div>
<table class="g"><tr>""" + cell("Specialty", "Dermatology / Mohs") + cell("Physician", "Yvonne Castellanos, MD") + cell("Practice", "Front Range Derm") + """</tr>
<tr>""" + cell("Phone", "970.377.4500") + cell("Fax", "970.377.4509") + cell("Priority", "URGENT") + """</tr></table>
<div class="sh">LESION</div>
<table class="g"><tr>""" + cell("Site", "L nasal ala") + cell("Size", "7 mm") + cell("Duration", "~4 months") + """</tr>
<tr>""" + cell("Bleeding", "Yes, intermittent") + cell("Photo", "Attached (1)") + cell("Prior Bx", "None") + """</tr></table>
<div class="sh">DIAGNOSIS (ICD-10-CM)</div>
<table class="g"><tr>""" + cell("Primary", "D48.5") + cell("Secondary", "L57.0") + cell("Hx", "Z85.828 (2019)") + """</tr>
<tr><td colspan="3" style="font-size:8.5pt">D48.5 Neoplasm of uncertain behavior of skin &nbsp;|&nbsp; L57.0 Actinic keratosis &nbsp;|&nbsp; Z85.828 Personal hx of other malignant neoplasm of skin</td></tr></table>
<div class="sh">REASON</div>
<table class="g"><tr><td colspan="3" style="padding:8px"><span class="v" style="font-weight:normal">Enlarging pearly papule with telangiectasia on left nasal ala, bleeds intermittently; rule out basal cell carcinoma, consider Mohs surgery.</span></td></tr></table>
<p style="font-size:8.5pt;margin-top:10px">Multiple AKs on scalp/forearms treated with LN2 today. Please send pathology and op note to our fax. Thank you!</p>
<div class="foot"><span>CRFM &middot; derm-ref.v4</span><span>sent 10/27/2026 16:02 MDT</span><span>1/1</span></div>
</body></html>"""
    fields = {
        "patient_last_name": "Kowalczyk", "patient_first_name": "Teresa", "patient_dob": "1957-11-05",
        "patient_sex": "F", "patient_phone": "9705812264", "patient_mrn": "CRFM-77310",
        "insurance_payer": "Cigna", "insurance_member_id": "U4827193602",
        "referring_provider": "Brandon Hale", "referring_npi": "1255906434",
        "referring_phone": "9702246610", "referring_fax": "9702246618",
        "referred_to_specialty": "dermatology", "referred_to_provider": "Yvonne Castellanos",
        "diagnosis_codes": ["D48.5", "L57.0", "Z85.828"],
        "reason": "Enlarging pearly papule with telangiectasia on left nasal ala, bleeds intermittently; rule out basal cell carcinoma, consider Mohs surgery.",
        "urgency": "urgent", "referral_date": "2026-10-27"}
    checks = ["Kowalczyk", "Teresa", "11/05/1957", "970.581.2264", "CRFM-77310", "Cigna", "U4827193602",
              "Brandon J. Hale", "1255906434", "970.224.6610", "970.224.6618", "Dermatology", "Yvonne Castellanos",
              "D48.5", "L57.0", "Z85.828", fields["reason"], "URGENT", "10/27/2026"]
    labels = {"patient_last_name": "LAST", "patient_first_name": "FIRST", "patient_dob": "DOB", "patient_sex": "SEX F",
              "patient_phone": "MOBILE (dotted 970.581.2264 format)", "patient_mrn": "MRN", "insurance_payer": "PAYER",
              "insurance_member_id": "MEMBER ID", "referring_provider": "REFERRING > PROVIDER (PA-C, middle initial)",
              "referring_npi": "NPI", "referring_phone": "REFERRING > PHONE", "referring_fax": "REFERRING > FAX",
              "referred_to_specialty": "REFERRED TO > SPECIALTY: Dermatology / Mohs",
              "referred_to_provider": "REFERRED TO > PHYSICIAN", "diagnosis_codes": "DIAGNOSIS (ICD-10-CM): PRIMARY / SECONDARY / HX",
              "reason": "REASON (own grid row)", "urgency": "PRIORITY URGENT", "referral_date": "REFERRAL DATE"}
    return dict(id="NS06", kind="dermatology referral in 3-column thin-rule grid (inline small-caps labels)", mode="fine",
                html=html, fields=fields, checks=checks, labels=labels,
                distractors="Group 3338417, supervising MD Lauren Whitcomb, derm practice phone/fax, lesion size/duration, footer send timestamp; diagnosis_codes includes history code Z85.828 which is printed in the diagnosis grid")


def ns07():
    def f(label, val, w="auto"):
        return f'<span class="lab">{label}</span><span class="blank" style="min-width:{w}">{val}</span>'
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
""" + PAGE + """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11.5pt; }
.hd { text-align:center; line-height:1.25; }
.hd .n { font-size:16pt; font-weight:bold; }
h2 { text-align:center; font-size:13pt; text-decoration:underline; margin:14px 0 10px; }
.line { margin:13px 0; white-space:nowrap; }
.lab { font-weight:bold; margin-right:4px; }
.blank { display:inline-block; border-bottom:1px solid #000; padding:0 10px 1px; margin-right:16px; font-family:'Liberation Sans',sans-serif; font-size:11pt; }
.para { white-space:normal; }
.para .blank { display:inline; }
.bl { display:block; border-bottom:1px solid #000; font-family:'Liberation Sans',sans-serif; font-size:11pt; padding:2px 10px; margin-top:4px; line-height:1.6; }
.foot { position:fixed; bottom:0; left:0; right:0; font-size:8.5pt; text-align:center; }
</style></head><body>
<div class="hd"><div class="n">Harmon Street Internal Medicine</div>
<div>77 Harmon Street &middot; Providence, RI 02906</div>
<div>Office 401-351-7720 &nbsp;&middot;&nbsp; Fax 401-351-7729</div></div>
<h2>CONSULTATION REQUEST</h2>
<div class="line">""" + f("Date:", "11/10/26", "110px") + f("Consult to:", "Neurology", "170px") + """</div>
<div class="line">""" + f("Consultant:", "Dr. Meredith Sloane", "230px") + f("Consultant Phone:", "401-444-6270", "130px") + """</div>
<div class="line">""" + f("Patient Name:", "Brennan, Siobhan", "260px") + f("DOB:", "6/2/1990", "120px") + """</div>
<div class="line">""" + f("Sex:", "F", "50px") + f("Phone:", "401.862.4471", "140px") + f("Chart No.:", "0049127", "110px") + """</div>
<div class="line">""" + f("Insurance:", "Neighborhood Health Plan of Rhode Island", "330px") + """</div>
<div class="line">""" + f("Ins. ID #:", "1009384756", "170px") + f("Copay:", "$25", "60px") + """</div>
<div class="line para"><span class="lab">Reason for consultation:</span>
<span class="bl">Chronic migraine, more than 15 headache days per month despite topiramate and propranolol trials; evaluate for CGRP therapy or Botox.</span></div>
<div class="line">""" + f("Diagnosis / ICD-10:", "G43.709 &nbsp; G47.00", "260px") + """</div>
<div class="line para"><span class="lab">Pertinent history / meds:</span>
<span class="bl">Headache diary attached. MRI brain 03/2025 normal. Sumatriptan 50 mg prn (~10 doses/mo). Insomnia.</span></div>
<div class="line">""" + f("Urgency:", "Routine", "120px") + f("Appt requested by:", "12/15/26", "110px") + """</div>
<div class="line">""" + f("Referring Physician:", "Viktor Anand, MD", "230px") + f("NPI:", "1682045392", "130px") + """</div>
<div class="line">""" + f("Physician Phone:", "401-351-7720", "140px") + f("Fax results to:", "401-351-7729", "140px") + """</div>
<div class="line" style="margin-top:28px">""" + f("Signature:", "<i>V. Anand</i>", "220px") + """</div>
<div class="foot">HSIM form 12 (rev 2024) &nbsp;&middot;&nbsp; Page 1 of 1</div>
</body></html>"""
    fields = {
        "patient_last_name": "Brennan", "patient_first_name": "Siobhan", "patient_dob": "1990-06-02",
        "patient_sex": "F", "patient_phone": "4018624471", "patient_mrn": "0049127",
        "insurance_payer": "Neighborhood Health Plan of Rhode Island", "insurance_member_id": "1009384756",
        "referring_provider": "Viktor Anand", "referring_npi": "1682045392",
        "referring_phone": "4013517720", "referring_fax": "4013517729",
        "referred_to_specialty": "neurology", "referred_to_provider": "Meredith Sloane",
        "diagnosis_codes": ["G43.709", "G47.00"],
        "reason": "Chronic migraine, more than 15 headache days per month despite topiramate and propranolol trials; evaluate for CGRP therapy or Botox.",
        "urgency": "routine", "referral_date": "2026-11-10"}
    checks = ["Brennan, Siobhan", "6/2/1990", "401.862.4471", "0049127", "Neighborhood Health Plan of Rhode Island",
              "1009384756", "Viktor Anand", "1682045392", "401-351-7720", "401-351-7729", "Neurology",
              "Meredith Sloane", "G43.709", "G47.00", fields["reason"], "Routine", "11/10/26"]
    labels = {"patient_last_name": "Patient Name: __Last, First__", "patient_first_name": "Patient Name:",
              "patient_dob": "DOB: (6/2/1990, no zero padding)", "patient_sex": "Sex: F", "patient_phone": "Phone: (401.862.4471)",
              "patient_mrn": "Chart No.:", "insurance_payer": "Insurance:", "insurance_member_id": "Ins. ID #:",
              "referring_provider": "Referring Physician:", "referring_npi": "NPI:", "referring_phone": "Physician Phone:",
              "referring_fax": "Fax results to:", "referred_to_specialty": "Consult to: Neurology",
              "referred_to_provider": "Consultant: Dr. ...", "diagnosis_codes": "Diagnosis / ICD-10:",
              "reason": "Reason for consultation: (full-width underlined)", "urgency": "Urgency: Routine",
              "referral_date": "Date: 11/10/26 (2-digit year)"}
    return dict(id="NS07", kind="fill-in-the-blank underlined consult request", mode="standard", html=html,
                fields=fields, checks=checks, labels=labels,
                distractors="consultant phone 401-444-6270, copay, 'Appt requested by: 12/15/26', MRI date, office phone/fax in header (same as referring)")


def ns08():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
""" + PAGE + """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
.lh { border-left:8px solid #000; padding-left:10px; }
.lh .n { font-size:17pt; font-weight:bold; }
.lh .a { font-size:9pt; }
.memo { margin-top:18px; font-size:12pt; }
.memo .title { font-size:20pt; font-weight:bold; letter-spacing:6px; margin-bottom:8px; }
.memo table td { padding:2px 8px 2px 0; vertical-align:top; }
.memo table td.k { font-weight:bold; width:70px; }
hr { border:0; border-top:2px solid #000; }
p { margin:7px 0; line-height:1.35; }
p b { }
.pg { height:9.7in; position:relative; overflow:hidden; }
.pg2 { page-break-before:always; }
.pf { position:absolute; bottom:0; left:0; font-size:8pt; margin:0; }
.card { width:3.6in; height:2.25in; border:2px solid #000; border-radius:14px; padding:10px 14px; box-sizing:border-box; margin:14px auto; position:relative; font-size:9pt; }
.card .logo { font-size:20pt; font-weight:bold; font-style:italic; }
.card .big { font-size:11pt; font-weight:bold; }
.card .r { position:absolute; right:14px; top:14px; text-align:right; font-size:8.5pt; }
.cap { text-align:center; font-size:9pt; font-weight:bold; margin-top:18px; }
.card table td { padding:1px 6px 1px 0; font-size:8.5pt; }
</style></head><body>
<div class="pg"><div class="lh"><div class="n">Magnolia Primary Care Associates</div>
<div class="a">2020 Powder Springs Rd, Suite 140 &middot; Marietta, GA 30064 &middot; Main 770-428-5590 &middot; Fax 770-428-5598</div></div>
<div class="memo"><div class="title">REFERRAL</div>
<table>
<tr><td class="k">TO:</td><td>Omar Haddad, MD &mdash; Endocrinology<br>Kennesaw Diabetes &amp; Endocrine Center &middot; P 770-514-3300 &middot; F 770-514-3309</td></tr>
<tr><td class="k">FROM:</td><td>Gabrielle Ellis, DO &middot; NPI 1103984724<br>Direct 770-428-5594 &middot; Fax 770-428-5598</td></tr>
<tr><td class="k">DATE:</td><td>October 30, 2026</td></tr>
<tr><td class="k">RE:</td><td>Nguyen, Thanh &nbsp;&middot;&nbsp; DOB 04/18/1974 &nbsp;&middot;&nbsp; M &nbsp;&middot;&nbsp; MRN MPC-300481</td></tr>
</table></div>
<hr>
<p><b>Patient contact:</b> cell 678-392-5016 (prefers text; Vietnamese interpreter helpful).</p>
<p><b>Coverage:</b> Aetna, member ID W284716593 &mdash; copy of card attached (page 2). Referral #: MPC-R-88417.</p>
<p><b>Reason for referral:</b> Uncontrolled type 2 diabetes, A1c 10.4% on metformin and glipizide; please evaluate for insulin initiation or GLP-1 RA and CGM.</p>
<p><b>Diagnoses:</b> E11.65 Type 2 diabetes mellitus with hyperglycemia; E78.5 Hyperlipidemia, unspecified.</p>
<p><b>Recent labs (10/22/2026):</b> A1c 10.4%, fasting glucose 238, eGFR 84, UACR 42 mg/g, LDL 131. Weight 94.2 kg, BMI 31.6.</p>
<p><b>Meds:</b> metformin ER 1000 mg BID; glipizide 10 mg BID; atorvastatin 20 mg; lisinopril 10 mg.</p>
<p><b>Urgency:</b> Routine &mdash; next available.</p>
<p style="margin-top:22px">Thank you,<br><i>Gabrielle Ellis</i><br>Gabrielle Ellis, DO</p>
<p class="pf">Page 1 of 2 &middot; CONFIDENTIAL</p></div>

<div class="pg pg2">
<div style="font-size:13pt;font-weight:bold;text-align:center">INSURANCE CARD COPY &mdash; Nguyen, Thanh</div>
<div style="text-align:center;font-size:9pt">Scanned at front desk 10/30/2026</div>
<div class="cap">FRONT</div>
<div class="card">
 <div class="logo">Aetna</div>
 <div class="r">Open Access<br>Managed Choice<br>PPO</div>
 <div style="margin-top:8px">Member: <span class="big">THANH NGUYEN</span></div>
 <div>Member ID: <span class="big">W284716593</span></div>
 <table style="margin-top:4px"><tr><td>Group: 0869211-010-00001</td><td>Eff: 01/01/2026</td></tr>
 <tr><td>PCP $30 &nbsp; SPC $60</td><td>ER $300</td></tr>
 <tr><td>RxBIN 610502</td><td>RxPCN ADV &nbsp; RxGRP RX8834</td></tr></table>
</div>
<div class="cap">BACK</div>
<div class="card">
 <div>Member Services: 1-877-482-3019</div>
 <div>24-Hour Nurse Line: 1-866-739-2254</div>
 <div>Precertification: 1-877-482-3027</div>
 <div style="margin-top:6px">Providers: submit medical claims to Aetna, P.O. Box 981106, El Paso, TX 79998-1106. Payer ID 60054.</div>
 <div style="margin-top:6px">Member ID W284716593 &middot; Aetna Life Insurance Company</div>
 <div style="margin-top:6px;font-size:7.5pt">Possession of this card does not guarantee eligibility or payment.</div>
</div>
<p class="pf">Page 2 of 2 &middot; CONFIDENTIAL</p>
</div>
</body></html>"""
    fields = {
        "patient_last_name": "Nguyen", "patient_first_name": "Thanh", "patient_dob": "1974-04-18",
        "patient_sex": "M", "patient_phone": "6783925016", "patient_mrn": "MPC-300481",
        "insurance_payer": "Aetna", "insurance_member_id": "W284716593",
        "referring_provider": "Gabrielle Ellis", "referring_npi": "1103984724",
        "referring_phone": "7704285594", "referring_fax": "7704285598",
        "referred_to_specialty": "endocrinology", "referred_to_provider": "Omar Haddad",
        "diagnosis_codes": ["E11.65", "E78.5"],
        "reason": "Uncontrolled type 2 diabetes, A1c 10.4% on metformin and glipizide; please evaluate for insulin initiation or GLP-1 RA and CGM.",
        "urgency": "routine", "referral_date": "2026-10-30"}
    checks = ["Nguyen, Thanh", "04/18/1974", "678-392-5016", "MPC-300481", "Aetna", "W284716593",
              "Gabrielle Ellis", "1103984724", "770-428-5594", "770-428-5598", "Endocrinology", "Omar Haddad",
              "E11.65", "E78.5", fields["reason"], "Routine", "October 30, 2026"]
    labels = {"patient_last_name": "RE: Last, First", "patient_first_name": "RE: Last, First", "patient_dob": "RE: ... DOB 04/18/1974",
              "patient_sex": "RE: ... · M ·", "patient_phone": "Patient contact: cell ...", "patient_mrn": "RE: ... MRN",
              "insurance_payer": "Coverage: Aetna, member ID ... (+ card page 2 'Aetna')",
              "insurance_member_id": "member ID (p1) / Member ID: (card front & back)",
              "referring_provider": "FROM: ..., DO", "referring_npi": "FROM: ... NPI", "referring_phone": "FROM: Direct ...",
              "referring_fax": "FROM: Fax ...", "referred_to_specialty": "TO: ..., MD — Endocrinology",
              "referred_to_provider": "TO:", "diagnosis_codes": "Diagnoses:", "reason": "Reason for referral:",
              "urgency": "Urgency: Routine — next available", "referral_date": "DATE: October 30, 2026 (spelled month)"}
    return dict(id="NS08", kind="memo-style referral + insurance card copy page", mode="fine", html=html,
                fields=fields, checks=checks, labels=labels,
                distractors="practice Main 770-428-5590, referral # MPC-R-88417, card Group/RxBIN/RxPCN/RxGRP/Payer ID 60054, toll-free member service numbers, card effective date, lab date, scan date")


def ns09():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
""" + PAGE + """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 10pt; }
.stat { border:5px solid #000; text-align:center; padding:4px; margin-bottom:8px; }
.stat .w { font-size:54pt; font-weight:bold; letter-spacing:18px; line-height:1; }
.stat .s { font-size:10.5pt; font-weight:bold; }
.org { display:flex; justify-content:space-between; font-size:9pt; border-bottom:1px solid #000; padding-bottom:4px; }
.org b { font-size:12pt; }
.idline { display:flex; flex-wrap:wrap; gap:4px 18px; border:1px solid #000; padding:6px 8px; margin:8px 0; }
.idline span b { font-weight:bold; }
.sbar { display:flex; border:1px solid #000; border-top:none; }
.sbar:first-of-type { border-top:1px solid #000; }
.sbar .L { width:40px; font-size:28pt; font-weight:bold; text-align:center; border-right:1px solid #000; display:flex; align-items:center; justify-content:center; }
.sbar .B { flex:1; padding:5px 8px; }
.sbar .B .h { font-weight:bold; font-size:9pt; text-transform:uppercase; letter-spacing:1px; }
.two { display:flex; gap:10px; margin-top:8px; } .two > div { flex:1; border:1px solid #000; padding:6px 8px; }
.two .h { font-weight:bold; font-size:9pt; letter-spacing:1px; }
.foot { position:fixed; bottom:0; left:0; right:0; font-size:8pt; text-align:center; }
</style></head><body>
<div class="stat"><div class="w">STAT</div><div class="s">SAME-DAY SPECIALIST EVALUATION REQUESTED &mdash; PHONE HAND-OFF COMPLETED</div></div>
<div class="org"><div><b>Summit Urgent Care &ndash; Fairview</b><br>6110 W Fairview Ave, Boise, ID 83704</div>
<div style="text-align:right">Clinic Tel 208-375-2290 &nbsp; Clinic Fax 208-375-2298<br>Date: 2026-11-12 &nbsp; Time of call: 15:20</div></div>
<div class="idline">
<span><b>Patient:</b> Ferreira, Lucas</span><span><b>DOB:</b> 1988-05-03</span><span><b>Sex:</b> Male</span>
<span><b>Phone:</b> 208-859-3347</span><span><b>MRN:</b> SUC-5581034</span>
<span><b>Insurance:</b> Regence BlueShield of Idaho</span><span><b>Member #:</b> RGX600428117</span></div>
<div class="sbar"><div class="L">S</div><div class="B"><div class="h">Situation</div>38 y/o M with severe left flank pain x 10 hrs, vomiting, unable to tolerate PO.</div></div>
<div class="sbar"><div class="L">B</div><div class="B"><div class="h">Background</div>No prior stones. No anticoagulants. CT abd/pelvis w/o contrast done 2026-11-12 14:05 at Treasure Valley Imaging.</div></div>
<div class="sbar"><div class="L">A</div><div class="B"><div class="h">Assessment</div>8 mm obstructing left proximal ureteral stone with moderate hydronephrosis. Creatinine 1.6 (baseline 0.9, 2025-06-18). T 37.9 C. WBC 13.2.<br><b>ICD-10:</b> N20.1 Calculus of ureter &nbsp;&middot;&nbsp; N13.2 Hydronephrosis with renal and ureteral calculous obstruction</div></div>
<div class="sbar"><div class="L">R</div><div class="B"><div class="h">Recommendation / Reason for Referral</div>Obstructing ureteral stone with AKI and intractable pain despite IV ketorolac; needs same-day urology evaluation for decompression.</div></div>
<div class="two">
<div><div class="h">REFERRED TO</div>Urology (on call) &ndash; Dr. Kelsey Marchetti<br>Idaho Urologic Institute<br>Tel 208-489-7100 &middot; Fax 208-489-7109<br>Accepted by phone 2026-11-12 15:31</div>
<div><div class="h">REFERRING CLINICIAN</div>Tomas Eriksen, MD<br>NPI 1318642059<br>Direct 208-375-2296 &middot; Fax 208-375-2298<br>Signed 2026-11-12 15:40</div>
</div>
<div style="margin-top:8px;font-size:9pt">Patient transported by family to Idaho Urologic Institute; CT disc and labs sent with patient. Copy to PCP: Dr. Ana Whitlock.</div>
<div class="foot">SUC-REF-STAT &middot; 2026-11-12 15:42 &middot; Pg 1/1</div>
</body></html>"""
    fields = {
        "patient_last_name": "Ferreira", "patient_first_name": "Lucas", "patient_dob": "1988-05-03",
        "patient_sex": "M", "patient_phone": "2088593347", "patient_mrn": "SUC-5581034",
        "insurance_payer": "Regence BlueShield of Idaho", "insurance_member_id": "RGX600428117",
        "referring_provider": "Tomas Eriksen", "referring_npi": "1318642059",
        "referring_phone": "2083752296", "referring_fax": "2083752298",
        "referred_to_specialty": "urology", "referred_to_provider": "Kelsey Marchetti",
        "diagnosis_codes": ["N20.1", "N13.2"],
        "reason": "Obstructing ureteral stone with AKI and intractable pain despite IV ketorolac; needs same-day urology evaluation for decompression.",
        "urgency": "stat", "referral_date": "2026-11-12"}
    checks = ["Ferreira, Lucas", "1988-05-03", "Male", "208-859-3347", "SUC-5581034", "Regence BlueShield of Idaho",
              "RGX600428117", "Tomas Eriksen", "1318642059", "208-375-2296", "208-375-2298", "Urology",
              "Kelsey Marchetti", "N20.1", "N13.2", fields["reason"], "STAT", "Date: 2026-11-12"]
    labels = {"patient_last_name": "Patient: Last, First (ID strip)", "patient_first_name": "Patient:",
              "patient_dob": "DOB: 1988-05-03 (ISO)", "patient_sex": "Sex: Male", "patient_phone": "Phone:",
              "patient_mrn": "MRN:", "insurance_payer": "Insurance:", "insurance_member_id": "Member #:",
              "referring_provider": "REFERRING CLINICIAN block (name, MD)", "referring_npi": "NPI",
              "referring_phone": "Direct", "referring_fax": "Fax (same as Clinic Fax)",
              "referred_to_specialty": "REFERRED TO: Urology (on call)", "referred_to_provider": "REFERRED TO: Dr. ...",
              "diagnosis_codes": "ICD-10: (inside SBAR 'A')", "reason": "R: Recommendation / Reason for Referral",
              "urgency": "big boxed STAT banner", "referral_date": "Date: 2026-11-12 (ISO, header)"}
    return dict(id="NS09", kind="STAT urgent-care SBAR hand-off referral", mode="fine", html=html,
                fields=fields, checks=checks, labels=labels,
                distractors="Clinic Tel 208-375-2290, urology phone/fax, CT timestamp, baseline creatinine date 2025-06-18, accepted/signed timestamps, PCP Ana Whitlock, footer timestamp")


def ns10():
    def d(label, val):
        return f'<div class="d"><span class="dl">{label}</span><span class="dv">{val}</span></div>'
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
""" + PAGE + """
body { font-family: 'C059', 'Century Schoolbook', serif; font-size: 10.5pt; }
.hd { text-align:center; border-bottom:1px solid #000; padding-bottom:5px; }
.hd .n { font-size:16pt; font-weight:bold; }
.hd .a { font-size:9pt; }
.t { text-align:center; font-size:13pt; font-weight:bold; margin:10px 0 2px; letter-spacing:1px; }
.st { text-align:center; font-size:9pt; font-style:italic; margin-bottom:8px; }
.sec { font-weight:bold; font-size:10pt; margin:12px 0 4px; text-decoration:underline; }
.cols { display:flex; gap:28px; } .cols > div { flex:1; }
.d { display:flex; align-items:baseline; margin:3px 0; }
.dl { white-space:nowrap; }
.d::before { content:""; order:1; flex:1; border-bottom:1.5px dotted #000; margin:0 4px; }
.dv { order:2; font-weight:bold; white-space:nowrap; }
.txt { margin:4px 0 4px 14px; }
.foot { position:fixed; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
</style></head><body>
<div class="hd"><div class="n">Willow Creek Rehabilitation &amp; Nursing Center</div>
<div class="a">940 Valleyhigh Dr NW &middot; Rochester, MN 55901 &middot; Nurses' Station 507-288-6400 &middot; Fax 507-288-6417</div></div>
<div class="t">PHYSICIAN CONSULTATION REQUEST</div>
<div class="st">Long-term care resident &mdash; outside specialist consult</div>
<div class="sec">RESIDENT</div>
<div class="cols"><div>
""" + d("Resident Name", "OSTROWSKI, Bernice") + d("Date of Birth", "12/01/1938") + d("Gender", "F") + d("Resident ID / MRN", "WC-10382") + """
</div><div>
""" + d("Room / Bed", "214-B") + d("Admission Date", "03/11/2025") + d("Code Status", "DNR / DNI") + d("Payer Source", "UCare Medicare Plans") + d("Member No.", "100483927") + """
</div></div>
<div class="sec">CONSULT REQUESTED</div>
<div class="cols"><div>
""" + d("Consultant Specialty", "Nephrology") + d("Consultant", "Dr. Felix Amundsen") + d("Consultant NPI", "1420876538") + """
</div><div>
""" + d("Consultant Phone", "507-266-1920") + d("Consultant Fax", "507-266-1928") + d("Priority", "Non-urgent") + """
</div></div>
<div class="sec">REASON FOR CONSULTATION</div>
<div class="txt">Progressive decline in renal function, eGFR 22 (from 31 in July 2026), potassium 5.6; evaluate CKD stage 4 management and dialysis planning / goals of care.</div>
<div class="sec">DIAGNOSES</div>
<div class="cols"><div>
""" + d("I12.9", "Hypertensive CKD, stage 1-4") + d("N18.4", "Chronic kidney disease, stage 4") + d("E87.5", "Hyperkalemia") + """
</div><div>
""" + d("Allergies", "Sulfa, codeine") + d("Weight", "61.4 kg") + d("Transport", "Facility van / wheelchair") + """
</div></div>
<div class="sec">REQUESTING PHYSICIAN</div>
<div class="cols"><div>
""" + d("Attending Physician", "Daniel P. Kurtzman, MD") + d("Physician NPI", "1765910389") + d("Request Date", "11/16/2026") + """
</div><div>
""" + d("Physician Office Phone", "507-529-3300") + d("Physician Office Fax", "507-529-3315") + d("Nurse Contact", "L. Brandt, RN") + """
</div></div>
<div style="margin-top:18px;font-size:9.5pt">Please return consult note to facility fax 507-288-6417 and physician office fax. Family (son) aware of referral.</div>
<div style="margin-top:14px">Physician signature: <i>D. Kurtzman</i> &nbsp;&nbsp;&nbsp; Date/Time: 11/16/2026 09:05</div>
<div class="foot"><span>WCRNC Form 7.14</span><span>Faxed 11/16/2026 10:31</span><span>Page 1 of 1</span></div>
</body></html>"""
    fields = {
        "patient_last_name": "OSTROWSKI", "patient_first_name": "Bernice", "patient_dob": "1938-12-01",
        "patient_sex": "F", "patient_mrn": "WC-10382",
        "insurance_payer": "UCare Medicare Plans", "insurance_member_id": "100483927",
        "referring_provider": "Daniel Kurtzman", "referring_npi": "1765910389",
        "referring_phone": "5075293300", "referring_fax": "5075293315",
        "referred_to_specialty": "nephrology", "referred_to_provider": "Felix Amundsen",
        "diagnosis_codes": ["I12.9", "N18.4", "E87.5"],
        "reason": "Progressive decline in renal function, eGFR 22 (from 31 in July 2026), potassium 5.6; evaluate CKD stage 4 management and dialysis planning / goals of care.",
        "urgency": "routine", "referral_date": "2026-11-16"}
    checks = ["OSTROWSKI, Bernice", "12/01/1938", "WC-10382", "UCare Medicare Plans", "100483927",
              "Daniel P. Kurtzman", "1765910389", "507-529-3300", "507-529-3315", "Nephrology", "Felix Amundsen",
              "I12.9", "N18.4", "E87.5", fields["reason"], "Non-urgent", "11/16/2026"]
    labels = {"patient_last_name": "Resident Name ....... LAST, First (dot leaders)", "patient_first_name": "Resident Name",
              "patient_dob": "Date of Birth", "patient_sex": "Gender ..... F", "patient_mrn": "Resident ID / MRN",
              "insurance_payer": "Payer Source", "insurance_member_id": "Member No.",
              "referring_provider": "Attending Physician", "referring_npi": "Physician NPI",
              "referring_phone": "Physician Office Phone", "referring_fax": "Physician Office Fax",
              "referred_to_specialty": "Consultant Specialty", "referred_to_provider": "Consultant (Dr. ...)",
              "diagnosis_codes": "DIAGNOSES: code ..... description (code on left of leader)",
              "reason": "REASON FOR CONSULTATION", "urgency": "Priority ..... Non-urgent", "referral_date": "Request Date"}
    return dict(id="NS10", kind="SNF/long-term-care consult request with dot leaders", mode="fine", html=html,
                fields=fields, checks=checks, labels=labels,
                distractors="no patient phone (resident); facility nurses' station phone/fax, consultant NPI/phone/fax, admission date, room/bed, code status, signature timestamp and fax timestamp")
