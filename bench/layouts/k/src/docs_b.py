"""NK06-NK10 document builders. Each returns dict(html, fields, pages, kind, mode, fax)."""
from common import npi, P, D, box, page


# ====================================================================== NK06
def nk06():
    """Endocrinology practice: Times-style 'REFERRAL FOR CONSULTATION' with sections side by side (no borders,
    right-aligned labels), no priority on the form; second page the last office visit note."""
    f = {
        "patient_last_name": "Beaumont",
        "patient_first_name": "Harold",
        "patient_dob": "1957-03-02",
        "patient_sex": "M",
        "patient_phone": "8437662094",
        "patient_mrn": "BE00417",
        "insurance_payer": "Medicare",
        "insurance_member_id": "1EG4TE5MK73",
        "referring_provider": "Philippa Grantham",
        "referring_npi": npi("127740395"),
        "referring_phone": "8438845170",
        "referring_fax": "8438845178",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Omar Farouk",
        "diagnosis_codes": ["E11.319", "Z79.4"],
        "reason": "Annual dilated diabetic eye examination. Mild nonproliferative retinopathy noted last year; now reports blurred vision in the left eye.",
        "urgency": "routine",
        "referral_date": "2026-11-06",
    }
    css = """
body { font-family: 'Nimbus Roman', 'Times New Roman', Times, serif; font-size: 11pt; }
.lh { text-align:center; line-height:1.3; }
.lh .n { font-size:17pt; font-variant:small-caps; font-weight:bold; letter-spacing:1px; }
.lh .s { font-size:10pt; }
hr.d { border:none; border-top:3px double #000; margin:6px 0 0 0; }
h1 { text-align:center; font-size:14pt; margin:10px 0 4px 0; font-weight:bold; }
.pair { display:flex; gap:0.3in; margin-top:8px; }
.pair > div { flex:1; }
h2 { font-size:11pt; font-variant:small-caps; margin:6px 0 3px 0; border-bottom:1px solid #000; letter-spacing:0.5px; }
table.kv { width:100%; }
table.kv td { padding:1.5px 4px; vertical-align:top; }
table.kv td.l { text-align:right; width:1.25in; white-space:nowrap; }
table.kv td.v { font-weight:bold; }
.full table.kv td.l { width:1.55in; }
.sig { font-family:'Z003', cursive; font-size:19pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8.5pt; text-align:center; font-style:italic; }
.note p { margin:3px 0; line-height:1.3; text-align:justify; }
.note h3 { font-size:11pt; margin:9px 0 1px 0; text-decoration:underline; font-weight:bold; }
table.lab td, table.lab th { padding:1px 12px 1px 0; text-align:left; font-size:10.5pt; }
"""
    lh = f"""<div class="lh"><div class="n">Lowcountry Diabetes &amp; Endocrine Center</div>
<div class="s">Philippa Grantham, M.D., F.A.C.E. &nbsp;&middot;&nbsp; Desmond Okafor, M.D. &nbsp;&middot;&nbsp; Leigh Ann Pruitt, C.D.C.E.S.</div>
<div class="s">1180 Hospital Dr., Suite 220 &nbsp;&middot;&nbsp; Mount Pleasant, South Carolina 29464</div>
<div class="s">Telephone {P(f['referring_phone'],'dash')} &nbsp;&middot;&nbsp; Facsimile {P(f['referring_fax'],'dash')}</div></div><hr class="d">"""

    def t(rows):
        return '<table class="kv">' + "".join(f'<tr><td class="l">{k}</td><td class="v">{v}</td></tr>' for k, v in rows) + "</table>"
    p1 = f"""
<div class="sheet"><div class="inner">
{lh}
<h1>REFERRAL FOR CONSULTATION</h1>
<div class="pair"><div><h2>Patient Information</h2>{t([
        ('Name:', 'Beaumont, Harold T.'), ('DOB:', D(f['patient_dob'], 'us')), ('Sex:', 'Male'),
        ('Chart #:', f['patient_mrn']), ('Phone (H):', P(f['patient_phone'], 'dash')),
        ('Address:', '618 Pelican Reach Ct<br>Mount Pleasant, SC 29464')])}</div>
<div><h2>Insurance</h2>{t([
        ('Primary Ins.:', f['insurance_payer']), ('Medicare ID:', f['insurance_member_id']), ('Part:', 'A &amp; B'),
        ('Secondary Ins.:', 'AARP Medicare Supplement'), ('Secondary ID:', '84729163511'), ('Insured:', 'Self')])}</div></div>
<div class="pair"><div><h2>Referring Provider</h2>{t([
        ('Referring Physician:', 'Philippa Grantham, MD'), ('NPI:', f['referring_npi']),
        ('Phone:', P(f['referring_phone'], 'dash')), ('Fax:', P(f['referring_fax'], 'dash')),
        ('PCP:', 'Walter Simmons, MD')])}</div>
<div><h2>Referred To</h2>{t([
        ('Specialty:', 'Ophthalmology (retina)'), ('Specialist:', 'Omar Farouk, MD'), ('Practice:', 'Coastal Retina Associates'),
        ('Phone:', P('8437203900', 'dash')), ('Fax:', P('8437203911', 'dash'))])}</div></div>
<div class="full"><h2 style="margin-top:12px">Clinical Information</h2>{t([
        ('Diagnoses:', 'E11.319 &nbsp;Type 2 diabetes mellitus with unspecified diabetic retinopathy without macular edema<br>Z79.4 &nbsp;&nbsp;&nbsp;&nbsp;Long term (current) use of insulin'),
        ('Reason for Referral:', f['reason']),
        ('Last HbA1c:', '<span style="font-weight:normal">8.1% on ' + D('2026-10-22', 'us') + ' (7.6% on ' + D('2026-05-14', 'us') + ')</span>'),
        ('Last Eye Exam:', '<span style="font-weight:normal">' + D('2025-10-09', 'us') + ', Coastal Retina Associates</span>'),
        ('Other Conditions:', '<span style="font-weight:normal">Hypertension, hyperlipidemia, stage 3a chronic kidney disease</span>'),
        ('Enclosures:', '<span style="font-weight:normal">Office note of ' + D('2026-10-22', 'us') + '</span>')])}</div>
<p style="margin-top:12px">Please see this patient at your earliest convenience and send your findings to our office. Thank you for your help with his care.</p>
<div style="margin-top:14px; display:flex; justify-content:space-between; align-items:flex-end">
<div><span class="sig">Philippa Grantham</span><br>Philippa Grantham, M.D.</div>
<div>Date: <b>{D(f['referral_date'],'long')}</b></div></div>
<div class="ft">Lowcountry Diabetes &amp; Endocrine Center &middot; Referral for Consultation &middot; Page 1 of 2</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner note">
{lh}
<h1 style="font-size:12.5pt">OFFICE VISIT NOTE</h1>
<p><b>Patient:</b> Harold T. Beaumont &nbsp;&nbsp; <b>DOB:</b> {D(f['patient_dob'],'us')} &nbsp;&nbsp; <b>Chart #:</b> {f['patient_mrn']}<br>
<b>Date of Service:</b> {D('2026-10-22','us')} &nbsp;&nbsp; <b>Provider:</b> Philippa Grantham, MD &nbsp;&nbsp; <b>Visit:</b> Follow-up, diabetes</p>
<h3>Subjective</h3>
<p>69-year-old man with type 2 diabetes since 2004, on basal-bolus insulin, here for 3-month follow-up. Glucose log shows fasting readings
140&ndash;190 mg/dL with two lows in the 60s after missed lunches. Reports intermittent blurred vision in the left eye over the past month,
worse when reading. Denies floaters, flashes, or eye pain. No chest pain. Mild tingling in both feet, unchanged.</p>
<h3>Medications</h3>
<p>Insulin glargine 38 units nightly; insulin lispro 6&ndash;10 units with meals; metformin 500 mg twice daily (reduced for eGFR);
empagliflozin 10 mg daily; lisinopril 20 mg daily; atorvastatin 40 mg nightly; aspirin 81 mg daily.</p>
<h3>Objective</h3>
<p>BP 138/82, pulse 76, weight 212 lb (BMI 31.3). Feet: monofilament decreased at both great toes; pulses 2+; no ulcers.</p>
<table class="lab">
<tr><th>Test</th><th>Result</th><th>Date</th></tr>
<tr><td>Hemoglobin A1c</td><td>8.1 %</td><td>{D('2026-10-22','us')}</td></tr>
<tr><td>eGFR</td><td>52 mL/min/1.73m2</td><td>{D('2026-10-22','us')}</td></tr>
<tr><td>Urine albumin/creatinine</td><td>64 mg/g</td><td>{D('2026-10-22','us')}</td></tr>
<tr><td>LDL cholesterol</td><td>71 mg/dL</td><td>{D('2026-10-22','us')}</td></tr>
</table>
<h3>Assessment and Plan</h3>
<p>1. Type 2 diabetes with mild nonproliferative diabetic retinopathy, above goal. Increase glargine to 42 units. Carry glucose tablets.
Dilated retinal examination is due; new left-eye blurring &ndash; referral to Dr. Farouk (ophthalmology).</p>
<p>2. Diabetic kidney disease, stage 3a with albuminuria: continue lisinopril and empagliflozin. Repeat BMP in 3 months.</p>
<p>3. Peripheral neuropathy: foot care reviewed. Consider podiatry at next visit.</p>
<p>Return in 3 months with labs.</p>
<p style="margin-top:10px"><i>Electronically signed by Philippa Grantham, MD on {D('2026-10-22','us')} 4:55 PM.</i></p>
<div class="ft">Lowcountry Diabetes &amp; Endocrine Center &middot; Office Visit Note &middot; Page 2 of 2</div>
</div></div>"""
    return dict(html=page("NK06", css, p1 + p2), fields=f, pages=2,
                kind="times_form_sections_side_by_side_right_aligned_labels_endo_to_ophthalmology_plus_note", mode="standard",
                urgency_printed=False,
                fax=dict(when="06 NOV 2026 11:18", name="LOWCOUNTRY ENDO", number=f["referring_fax"],
                         to="8437203911", fmt="d"))


# ====================================================================== NK07
def nk07():
    """Rural NP-run clinic: typed fax transmittal cover + one-column 'REFERRAL REQUEST' of 'Label: value' lines
    + medication list; no sex, no chart number, no named specialist."""
    f = {
        "patient_last_name": "Okerlund",
        "patient_first_name": "Virgil",
        "patient_dob": "1955-12-08",
        "patient_phone": "4066835512",
        "insurance_payer": "Blue Cross and Blue Shield of Montana",
        "insurance_member_id": "YDM801245539",
        "referring_provider": "Dana Whitcomb",
        "referring_npi": npi("141862093"),
        "referring_phone": "4066832270",
        "referring_fax": "4066832279",
        "referred_to_specialty": "pulmonology",
        "diagnosis_codes": ["R91.1", "J44.9", "Z87.891"],
        "reason": "New 1.4 cm spiculated right upper lobe nodule on CT chest in a former smoker with COPD. Please evaluate for biopsy.",
        "urgency": "urgent",
        "referral_date": "2026-11-16",
    }
    css = """
body { font-family: Calibri, Carlito, 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 11pt; }
/* cover, typed */
.cv { font-family: 'Nimbus Mono PS', 'Courier New', Courier, monospace; font-size:11.5pt; line-height:1.45; }
.cv .t { font-size:22pt; font-weight:bold; text-align:center; margin:0.3in 0 0.25in 0; letter-spacing:4px; }
.cv table td { padding:3px 10px 3px 0; vertical-align:top; }
.cv .rule { border-top:1px dashed #000; margin:12px 0; }
/* form */
.lh { border-bottom:2px solid #000; padding-bottom:4px; display:flex; justify-content:space-between; align-items:flex-end; }
.lh .n { font-size:15pt; font-weight:bold; }
.lh .a { font-size:9.5pt; text-align:right; line-height:1.25; }
h1 { font-size:15pt; margin:10px 0 2px 0; }
h2 { font-size:11pt; margin:10px 0 2px 0; text-transform:uppercase; border-bottom:1px solid #000; }
.kv { margin:2px 0 2px 0.1in; line-height:1.25; display:flex; }
.kv .l { width:1.75in; flex:none; }
.kv .v { flex:1; }
.sig { font-family:'Z003', cursive; font-size:18pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8.5pt; display:flex; justify-content:space-between; }
table.m { width:100%; margin-top:6px; }
table.m th, table.m td { border-bottom:1px solid #000; padding:3px 5px; text-align:left; font-size:10.5pt; vertical-align:top; }
table.m th { border-bottom:1.5px solid #000; }
"""
    cover = f"""
<div class="sheet"><div class="inner cv">
<div>BEAVERHEAD VALLEY HEALTH CLINIC<br>22 N Montana St<br>Dillon, MT 59725<br>Phone {P(f['referring_phone'],'paren')}<br>Fax &nbsp; {P(f['referring_fax'],'paren')}</div>
<div class="t">FAX TRANSMITTAL</div>
<table>
<tr><td>DATE:</td><td>{D('2026-11-16','us')}</td></tr>
<tr><td>TO:</td><td>Big Sky Pulmonary &amp; Sleep - New Patient Scheduling</td></tr>
<tr><td>FAX:</td><td>{P('4067234418','paren')}</td></tr>
<tr><td>FROM:</td><td>Shelby Ruegg, front desk, for Dana Whitcomb, FNP-C</td></tr>
<tr><td>PAGES:</td><td>3 including this page</td></tr>
<tr><td>RE:</td><td>URGENT referral - lung nodule</td></tr>
</table>
<div class="rule"></div>
<div>MESSAGE:<br>
Please review the enclosed referral. Patient lives 60 miles out and<br>
will need a few days notice for appointments. CT report is being<br>
sent separately from Barrett Hospital radiology. Call with any<br>
questions.</div>
<div class="rule"></div>
<div style="font-size:9.5pt; line-height:1.35">CONFIDENTIAL: This fax may contain protected health information. If you
received it by mistake, please call {P(f['referring_phone'],'paren')} and destroy all pages. Re-disclosure is prohibited.</div>
</div></div>"""
    lh = f"""<div class="lh"><div><div class="n">Beaverhead Valley Health Clinic</div>
<div style="font-size:9.5pt">A nurse practitioner-led rural health clinic</div></div>
<div class="a">22 N Montana St, Dillon, MT 59725<br>Phone {P(f['referring_phone'],'paren')}<br>Fax {P(f['referring_fax'],'paren')}</div></div>"""

    def kv(label, value):
        return f'<div class="kv"><span class="l">{label}</span><span class="v">{value}</span></div>'
    form = f"""
<div class="sheet"><div class="inner">
{lh}
<h1>Referral Request</h1>
<h2>Patient Information</h2>
{kv('Pt. Name:', '<b>Virgil Okerlund</b>')}
{kv('DOB:', '<b>' + D(f['patient_dob'],'us_short') + '</b>')}
{kv('Phone:', '<b>' + P(f['patient_phone'],'dash') + '</b>')}
{kv('Mailing Address:', 'PO Box 114, Jackson, MT 59736')}
{kv('Emergency Contact:', 'Carla Okerlund-Moe (daughter), ' + P('4068349921','dash'))}
<h2>Insurance</h2>
{kv('Insurance Company:', '<b>' + f['insurance_payer'] + '</b>')}
{kv('Subscriber ID:', '<b>' + f['insurance_member_id'] + '</b>')}
{kv('Group:', '086512 &nbsp; (Montana State Employees)')}
<h2>Referring Provider</h2>
{kv('Referring Provider:', '<b>Dana Whitcomb, FNP-C</b>')}
{kv('NPI:', '<b>' + f['referring_npi'] + '</b>')}
{kv('Phone:', P(f['referring_phone'],'paren'))}
{kv('Fax:', P(f['referring_fax'],'paren'))}
<h2>Referred To</h2>
{kv('Referral to:', '<b>Pulmonology</b>')}
{kv('Specialist:', 'First available')}
{kv('Facility:', 'Big Sky Pulmonary &amp; Sleep, 400 S Clark St, Butte, MT 59701')}
{kv('Phone / Fax:', P('4067234400','paren') + ' / ' + P('4067234418','paren'))}
<h2>Clinical Information</h2>
{kv('ICD-10:', '<b>R91.1</b> Solitary pulmonary nodule<br><b>J44.9</b> Chronic obstructive pulmonary disease, unspecified<br><b>Z87.891</b> Personal history of nicotine dependence')}
{kv('Clinical Notes:', '<b>' + f['reason'] + '</b>')}
{kv('History:', 'Quit smoking 2019 (45 pack-years). CT chest at Barrett Hospital ' + D('2026-11-11','us_short') + '. Spirometry ' + D('2026-06-02','us_short') + ': FEV1 58% predicted.')}
{kv('Urgency:', box(False) + ' Routine &nbsp;&nbsp; ' + box(True) + ' <b>Urgent</b> &nbsp;&nbsp; ' + box(False) + ' STAT')}
{kv('Referral Date:', '<b>' + D(f['referral_date'],'us_dash') + '</b>')}
<div style="margin-top:20px; display:flex; justify-content:space-between; align-items:flex-end">
<div>Signature: <span class="sig">Dana Whitcomb FNP-C</span></div><div>Dana Whitcomb, FNP-C</div></div>
<div class="ft"><span>BVHC referral request</span><span>Page 2 of 3</span></div>
</div></div>"""
    meds = [("Tiotropium 18 mcg inhalation capsule", "Inhale contents of 1 capsule daily", "2021"),
            ("Albuterol HFA 90 mcg/act", "2 puffs every 4-6 hours as needed", "2019"),
            ("Fluticasone-salmeterol 250/50 mcg", "1 inhalation twice daily", "2024"),
            ("Lisinopril 10 mg tablet", "1 tablet daily", "2017"),
            ("Atorvastatin 20 mg tablet", "1 tablet at bedtime", "2017"),
            ("Aspirin 81 mg EC tablet", "1 tablet daily", "2017"),
            ("Tamsulosin 0.4 mg capsule", "1 capsule 30 min after supper", "2023"),
            ("Acetaminophen 500 mg tablet", "1-2 tablets every 6 hours as needed", "OTC")]
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in meds)
    medpage = f"""
<div class="sheet"><div class="inner">
{lh}
<h1>Current Medication List</h1>
<p style="margin:4px 0"><b>Okerlund, Virgil</b> &nbsp;&nbsp; DOB {D(f['patient_dob'],'us_short')} &nbsp;&nbsp; Reviewed {D('2026-11-12','us_short')} by D. Whitcomb, FNP-C</p>
<table class="m"><tr><th>Medication</th><th>Sig</th><th>Since</th></tr>{rows}</table>
<h2>Allergies</h2>
<p style="margin:4px 0.1in">Sulfa antibiotics (hives). Penicillin &ndash; childhood rash, tolerated amoxicillin 2022.</p>
<h2>Problem List</h2>
<p style="margin:4px 0.1in; line-height:1.4">COPD, GOLD 2 &bull; Former smoker, quit 2019 &bull; Hypertension &bull; Hyperlipidemia &bull; BPH &bull;
Osteoarthritis both knees &bull; Pulmonary nodule, right upper lobe (new {D('2026-11-11','us_short')})</p>
<h2>Immunizations</h2>
<p style="margin:4px 0.1in">Influenza {D('2026-10-01','us_short')} &bull; Pneumococcal (PCV20) 2023 &bull; RSV 2024 &bull; Tdap 2018</p>
<div class="ft"><span>BVHC referral request</span><span>Page 3 of 3</span></div>
</div></div>"""
    return dict(html=page("NK07", css, cover + form + medpage), fields=f, pages=3,
                kind="typed_cover_plus_one_column_label_value_np_clinic_to_pulmonology_plus_med_list", mode="fine",
                fax=dict(when="Nov 16 2026 09:41AM", name="BEAVERHEAD VALLEY HC", number=f["referring_fax"],
                         to="4067234418", fmt="e"))


# ====================================================================== NK08
def nk08():
    """Internal medicine: 'SPECIALTY REFERRAL REQUEST' with labels and underlined values on the same line,
    several per line (fill-in form typed by the office); second page an office note with UA / CT results."""
    f = {
        "patient_last_name": "Fairbanks",
        "patient_first_name": "Geraldine",
        "patient_dob": "1949-08-19",
        "patient_phone": "8592764410",
        "patient_mrn": "WMA-117093",
        "insurance_payer": "Anthem Blue Cross and Blue Shield",
        "insurance_member_id": "ZHK412903377",
        "referring_provider": "Rosalind Achebe",
        "referring_npi": npi("160391748"),
        "referring_phone": "8592786300",
        "referring_fax": "8592786312",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Thomas Kettering",
        "diagnosis_codes": ["R31.0", "N28.1"],
        "reason": "Two episodes of painless gross hematuria; CT urogram shows 2.2 cm complex left renal cyst (Bosniak IIF). Needs cystoscopy and urology evaluation.",
        "urgency": "urgent",
        "referral_date": "2026-11-18",
    }
    css = """
body { font-family: 'Nimbus Sans', Helvetica, Arial, sans-serif; font-size: 10pt; }
.lh { display:flex; gap:0.2in; align-items:center; border-bottom:1px solid #000; padding-bottom:5px; }
.logo { width:0.55in; height:0.55in; border:2.5px solid #000; border-radius:50%; text-align:center; font-weight:bold; font-size:15pt; line-height:0.5in; }
.lh .n { font-size:15pt; font-weight:bold; }
.lh .a { font-size:9pt; }
h1 { font-size:14pt; text-align:center; margin:10px 0 6px 0; letter-spacing:1px; }
h2 { font-size:10pt; margin:11px 0 3px 0; padding:1px 4px; border:1px solid #000; letter-spacing:1px; }
.ln { display:flex; align-items:baseline; gap:6px; margin:7px 0 0 0; white-space:nowrap; }
.ln .u { border-bottom:1px solid #000; padding:0 4px; font-size:10.5pt; min-height:14px; flex:1; }
.ln .u.s { flex:0 0 auto; min-width:0.9in; }
.wrap { border-bottom:1px solid #000; padding:0 4px; font-size:10.5pt; line-height:1.55; }
.sig { font-family:'Z003', cursive; font-size:18pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
.note p { margin:4px 0; line-height:1.3; }
.note h3 { font-size:10.5pt; margin:10px 0 2px 0; }
"""
    lh = f"""<div class="lh"><div class="logo">WMA</div><div><div class="n">Westside Medical Associates</div>
<div class="a">Internal Medicine &amp; Geriatrics &bull; 1740 Alexandria Dr, Suite 4, Lexington, KY 40504</div>
<div class="a">Appointments {P(f['referring_phone'],'paren')} &bull; Fax {P(f['referring_fax'],'paren')} &bull; Lab {P('8592786330','paren')}</div></div></div>"""

    def ln(*pairs):
        out = []
        for p in pairs:
            label, value = p[0], p[1]
            cls = "u s" if len(p) > 2 else "u"
            out.append(f'<span>{label}</span><span class="{cls}">{value}</span>')
        return '<div class="ln">' + "".join(out) + "</div>"
    p1 = f"""
<div class="sheet"><div class="inner">
{lh}
<h1>SPECIALTY REFERRAL REQUEST</h1>
<h2>PATIENT INFORMATION</h2>
{ln(('Last Name:', 'Fairbanks'), ('First Name:', 'Geraldine'), ('MI:', 'A', 's'))}
{ln(('DOB:', D(f['patient_dob'],'us'), 's'), ('Phone:', P(f['patient_phone'],'paren')), ('MRN:', f['patient_mrn']))}
{ln(('Address:', '3306 Tates Creek Rd, Lexington, KY 40502'))}
<h2>INSURANCE</h2>
{ln(('Insurance:', f['insurance_payer']), ('Plan:', 'Medicare Advantage PPO', 's'))}
{ln(('Policy #:', f['insurance_member_id']), ('Group #:', 'KYMAPPO1'), ('Referral / Auth #:', 'pending', 's'))}
<h2>REFERRING PROVIDER</h2>
{ln(('Referring Provider:', 'Rosalind Achebe, MD'), ('NPI:', f['referring_npi']))}
{ln(('Office Phone:', P(f['referring_phone'],'paren')), ('Fax:', P(f['referring_fax'],'paren')), ('Contact:', 'Brenda, referrals'))}
<h2>REFERRED TO</h2>
{ln(('Referral to:', 'Urology'), ('Provider Name:', 'Thomas Kettering, MD'))}
{ln(('Practice:', 'Bluegrass Urology Group, 2400 Harrodsburg Rd, Lexington, KY 40503'))}
{ln(('Phone:', P('8592605800','paren')), ('Fax:', P('8592605819','paren')))}
<h2>CLINICAL INFORMATION</h2>
{ln(('Dx Code(s):', 'R31.0 (gross hematuria), N28.1 (cyst of kidney, acquired)'))}
<div class="ln"><span>Reason:</span></div>
<div class="wrap">{f['reason']}</div>
{ln(('Precautions:', 'on apixaban 5 mg BID (atrial fibrillation) &ndash; please advise on holding before procedures'))}
{ln(('Records attached:', 'office note ' + D('2026-11-13','mmddyy') + ', UA, CT urogram report'))}
<div class="ln"><span>Priority:</span><span>{box(False)} Routine &nbsp;&nbsp; {box(True)} Urgent &nbsp;&nbsp; {box(False)} STAT</span>
<span style="margin-left:auto">Date:</span><span class="u s">{D(f['referral_date'],'mmddyy')}</span></div>
<div style="margin-top:22px; display:flex; align-items:flex-end; gap:8px">
<span>Provider Signature:</span><span style="border-bottom:1px solid #000; width:3in"><span class="sig">R. Achebe MD</span></span></div>
<p style="font-size:8.5pt; margin-top:14px">For office use: scheduled with ______________________ on ____/____/______ &nbsp; Patient notified by ________</p>
<div class="ft"><span>WMA Form R-2 (2022)</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner note">
{lh}
<h1 style="font-size:12.5pt">OFFICE NOTE</h1>
<p><b>Fairbanks, Geraldine A.</b> &nbsp; DOB {D(f['patient_dob'],'us')} &nbsp; MRN {f['patient_mrn']} &nbsp; Visit {D('2026-11-13','us')} &nbsp; Rosalind Achebe, MD</p>
<h3>CC</h3><p>Blood in urine.</p>
<h3>HPI</h3>
<p>77 y/o woman with paroxysmal AF on apixaban, HTN and hypothyroidism. Two episodes of pink-red urine without pain on {D('2026-10-30','us')} and {D('2026-11-06','us')},
each lasting one day. No dysuria, fever, or flank pain. No passage of stones. Former smoker (quit 1994, 20 pack-years). Worked 30 years in a textile dye plant.</p>
<h3>Results</h3>
<p>Urinalysis {D('2026-11-06','us')}: large blood, RBC &gt;50/hpf, no nitrite, WBC 2&ndash;5/hpf. Urine culture: no growth.<br>
Creatinine 0.9 mg/dL, eGFR 64. Hgb 12.1 g/dL. INR not applicable (apixaban).<br>
CT urogram {D('2026-11-11','us')} (Central Baptist Imaging): 2.2 cm complex cyst of the left kidney lower pole with a few thin septations and minimal
wall thickening, Bosniak IIF. No hydronephrosis. No urothelial filling defect. Bladder partially distended, no mass seen.</p>
<h3>Assessment / Plan</h3>
<p>1. Gross hematuria, painless, in a former smoker with an occupational exposure &ndash; urgent urology referral for cystoscopy.<br>
2. Complex left renal cyst, Bosniak IIF &ndash; urology to advise on surveillance imaging.<br>
3. Paroxysmal atrial fibrillation &ndash; continue apixaban for now; urology to coordinate any hold with our office.<br>
4. Hypertension &ndash; at goal on amlodipine 5 mg. Hypothyroidism &ndash; levothyroxine 75 mcg, TSH normal {D('2026-08-14','us')}.</p>
<p style="margin-top:10px"><i>Signed electronically by Rosalind Achebe, MD, {D('2026-11-13','us')} 17:22</i></p>
<div class="ft"><span>WMA Form R-2 (2022)</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NK08", css, p1 + p2), fields=f, pages=2,
                kind="inline_fill_in_lines_several_per_row_im_to_urology_plus_office_note", mode="standard",
                fax=dict(when="11/18/2026 14:03", name="WESTSIDE MED ASSOC", number=f["referring_fax"],
                         to="8592605819", fmt="b"))


# ====================================================================== NK09
def nk09():
    """Family health center: 'PATIENT REFERRAL FORM' as bordered grids with the labels as column headers over one
    row of values; second page screening scores and medication trials. No named specialist."""
    f = {
        "patient_last_name": "Petrakis",
        "patient_first_name": "Eleni",
        "patient_dob": "1984-01-26",
        "patient_sex": "F",
        "patient_phone": "5416904418",
        "patient_mrn": "RFH-0052217",
        "insurance_payer": "PacificSource Health Plans",
        "insurance_member_id": "PSH448210937",
        "referring_provider": "Marcus Delacroix",
        "referring_npi": npi("103857264"),
        "referring_phone": "5416873390",
        "referring_fax": "5416873399",
        "referred_to_specialty": "psychiatry",
        "diagnosis_codes": ["F33.1", "F41.1"],
        "reason": "Recurrent depression with anxiety not controlled on sertraline and bupropion; request psychiatric evaluation and medication management",
        "urgency": "routine",
        "referral_date": "2026-11-19",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Arial Narrow', Arial, sans-serif; font-size: 9.5pt; }
.lh { display:flex; justify-content:space-between; align-items:flex-end; }
.lh .n { font-family:'Liberation Sans', Arial, sans-serif; font-size:14pt; font-weight:bold; }
.lh .a { text-align:right; font-size:9.5pt; line-height:1.3; }
h1 { font-family:'Liberation Sans', Arial, sans-serif; font-size:14pt; margin:8px 0 6px 0; text-align:center; border:1.5px solid #000; padding:3px; }
.sec { font-family:'Liberation Sans', Arial, sans-serif; font-weight:bold; font-size:9.5pt; margin:10px 0 0 0; }
table.g { width:100%; border:1px solid #000; }
table.g th { border:0.75px solid #000; font-weight:normal; font-size:8.5pt; text-align:left; padding:1px 4px; vertical-align:top; }
table.g td { border:0.75px solid #000; font-size:11pt; padding:3px 4px 4px 4px; vertical-align:top; font-family:'Liberation Sans', Arial, sans-serif; }
.sig { font-family:'Z003', cursive; font-size:17pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
"""
    lh = f"""<div class="lh"><div><div class="n">Riverside Family Health Center</div>
<div>Family Medicine &bull; Pediatrics &bull; Integrated Behavioral Health</div></div>
<div class="a">2480 River Rd, Eugene, OR 97404<br>Phone {P(f['referring_phone'],'dash')} &nbsp; Fax {P(f['referring_fax'],'dash')}</div></div>"""

    def grid(headers, values, widths=None):
        w = widths or [None] * len(headers)
        th = "".join((f'<th style="width:{x}">' if x else "<th>") + f"{h}</th>" for h, x in zip(headers, w))
        td = "".join(f"<td>{v}</td>" for v in values)
        return f'<table class="g"><tr>{th}</tr><tr>{td}</tr></table>'
    p1 = f"""
<div class="sheet"><div class="inner">
{lh}
<h1>PATIENT REFERRAL FORM</h1>
<div class="sec">PATIENT INFORMATION</div>
{grid(['Last Name', 'First Name', 'MI', 'Birth Date', 'Sex', 'Chart #'],
      ['Petrakis', 'Eleni', 'M', D(f['patient_dob'], 'us_short'), 'F', f['patient_mrn']], ['22%', '20%', '6%', '16%', '8%', '28%'])}
{grid(['Street Address', 'City / State / ZIP', 'Phone', 'Preferred Language'],
      ['1195 Maple St, Apt 3', 'Springfield, OR 97477', P(f['patient_phone'], 'dash'), 'English'], ['30%', '28%', '22%', '20%'])}
<div class="sec">INSURANCE</div>
{grid(['Insurance Company', 'Plan Type', 'Member ID', 'Group #', 'Subscriber'],
      [f['insurance_payer'], 'Commercial PPO', f['insurance_member_id'], '0087731', 'Self'], ['30%', '16%', '22%', '14%', '18%'])}
<div class="sec">REFERRING PROVIDER</div>
{grid(['Ordering Provider', 'NPI', 'Phone', 'Fax'],
      ['Marcus Delacroix, MD', f['referring_npi'], P(f['referring_phone'], 'dash'), P(f['referring_fax'], 'dash')], ['34%', '22%', '22%', '22%'])}
<div class="sec">REFERRED TO</div>
{grid(['Specialty', 'Provider Name', 'Facility', 'Phone', 'Fax'],
      ['Psychiatry', 'Any / first available', 'Willamette Behavioral Health, 1010 Oak St, Eugene', P('5413447100', 'dash'), P('5413447188', 'dash')], ['14%', '18%', '36%', '16%', '16%'])}
<div class="sec">CLINICAL INFORMATION</div>
<table class="g"><tr><th style="width:16%">ICD-10</th><th>Description</th></tr>
<tr><td>F33.1</td><td>Major depressive disorder, recurrent, moderate</td></tr>
<tr><td>F41.1</td><td>Generalized anxiety disorder</td></tr></table>
<table class="g" style="border-top:none"><tr><th>Reason for Referral</th></tr><tr><td style="line-height:1.35">{f['reason']}</td></tr></table>
<table class="g" style="border-top:none"><tr><th>Pertinent History / Safety</th></tr><tr><td style="line-height:1.35; font-size:10pt">
PHQ-9 17 and GAD-7 14 on {D('2026-11-12','us_short')}. Denies suicidal ideation, plan or intent; no prior attempts; no firearms in home. One prior episode in 2019 responded to
sertraline. Sees our behavioral health consultant (Nadia Ferreira, LCSW) every 2 weeks. No substance use beyond 1&ndash;2 glasses of wine weekly.</td></tr></table>
{grid(['Priority', 'Referral Date', 'Authorization #', 'Appointment (office use)'],
      [box(True) + ' Routine &nbsp; ' + box(False) + ' Urgent &nbsp; ' + box(False) + ' STAT', D(f['referral_date'], 'us_short'), 'Not required', '&nbsp;'], ['40%', '18%', '20%', '22%'])}
<div style="margin-top:16px; display:flex; justify-content:space-between; align-items:flex-end; font-size:10pt">
<div>Provider signature: <span class="sig">Marcus Delacroix</span></div><div>Patient consented to referral and release of records: {box(True)} Yes</div></div>
<div class="ft"><span>RFHC &bull; Patient Referral Form (rev. 01/2026)</span><span>Page 1 of 2</span></div>
</div></div>"""
    phq = [("2026-02-10", "9", "8"), ("2026-05-19", "12", "11"), ("2026-08-25", "15", "13"), ("2026-11-12", "17", "14")]
    trials = [("Sertraline", "50 mg -> 200 mg", "Jan 2026 - present", "Partial response; GI upset at start"),
              ("Bupropion XL", "150 mg -> 300 mg", "Jun 2026 - present", "Added for energy; slight help"),
              ("Hydroxyzine", "25 mg PRN", "Mar 2026 - present", "Sedating; uses 2-3x/week"),
              ("Escitalopram", "10 mg -> 20 mg", "2019 - 2020", "Effective, stopped when well")]
    p2 = f"""
<div class="sheet"><div class="inner">
{lh}
<h1>SCREENING SCORES &amp; MEDICATION TRIALS</h1>
<p style="margin:2px 0; font-size:10.5pt">Patient: <b>Petrakis, Eleni M.</b> &nbsp;&nbsp; DOB: {D(f['patient_dob'],'us_short')} &nbsp;&nbsp; Chart #: {f['patient_mrn']}</p>
<div class="sec">PHQ-9 / GAD-7</div>
<table class="g"><tr><th>Date</th><th>PHQ-9</th><th>GAD-7</th></tr>
{''.join(f"<tr><td>{D(d,'us_short')}</td><td>{a}</td><td>{b}</td></tr>" for d, a, b in phq)}</table>
<div class="sec">ANTIDEPRESSANT / ANXIOLYTIC TRIALS</div>
<table class="g"><tr><th>Medication</th><th>Dose range</th><th>Dates</th><th>Response / side effects</th></tr>
{''.join(f"<tr><td>{a}</td><td>{b.replace('->','&rarr;')}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in trials)}</table>
<div class="sec">OTHER CURRENT MEDICATIONS</div>
<table class="g"><tr><th>Medication</th><th>Directions</th></tr>
<tr><td>Levonorgestrel IUD</td><td>Placed {D('2023-04-03','us_short')}</td></tr>
<tr><td>Cetirizine 10 mg</td><td>Daily as needed, seasonal</td></tr>
<tr><td>Vitamin D3 2000 IU</td><td>Daily</td></tr></table>
<div class="sec">ALLERGIES</div>
<table class="g"><tr><td>Codeine (nausea, vomiting)</td></tr></table>
<div class="ft"><span>RFHC &bull; Patient Referral Form (rev. 01/2026)</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NK09", css, p1 + p2), fields=f, pages=2,
                kind="bordered_grids_labels_as_column_headers_family_health_center_to_psychiatry_plus_scores", mode="fine",
                fax=dict(when="11-19-2026 10:07", name="RIVERSIDE FHC", number=f["referring_fax"],
                         to="5413447188", fmt="g"))


# ====================================================================== NK10
def nk10():
    """Geriatric practice: 'NEW PATIENT REFERRAL' in large type with inline 'Label: value' runs on each line;
    the date line left blank; second page a copy of the insurance card and the medication list. No chart number."""
    f = {
        "patient_last_name": "Pennington",
        "patient_first_name": "Walter",
        "patient_dob": "1941-04-11",
        "patient_sex": "M",
        "patient_phone": "9413650872",
        "insurance_payer": "Aetna Medicare",
        "insurance_member_id": "W284019376",
        "referring_provider": "Rosemary Quillen",
        "referring_npi": npi("195028463"),
        "referring_phone": "9419552180",
        "referring_fax": "9419552186",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Ian Mbeki",
        "diagnosis_codes": ["R41.81", "R26.81"],
        "reason": "Progressive short-term memory loss over 18 months with two falls since August; MoCA 21/30. Please evaluate for dementia.",
        "urgency": "routine",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 10.5pt; }
.lh { text-align:left; border-bottom:4px solid #000; padding-bottom:4px; }
.lh .n { font-size:18pt; font-weight:bold; letter-spacing:-0.5px; }
.lh .a { font-size:9pt; }
h1 { font-size:16pt; margin:12px 0 8px 0; }
h2 { font-size:10.5pt; margin:14px 0 3px 0; letter-spacing:1px; }
.r { margin:3px 0; line-height:1.4; }
.r > span { margin-right:0.25in; }
.r b { font-weight:bold; }
.blank { display:inline-block; border-bottom:1px solid #000; width:1.6in; }
.sig { font-family:'Z003', cursive; font-size:19pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
.copy { border:1px dashed #000; padding:0.2in; display:flex; gap:0.25in; justify-content:center; margin-top:6px; }
.card { width:3.37in; height:2.13in; border:1.5px solid #000; border-radius:0.1in; padding:0.09in 0.12in; font-size:7.5pt; line-height:1.3; position:relative; }
.card .brand { font-size:12pt; font-weight:bold; font-style:italic; }
.card .big { font-size:9pt; font-weight:bold; }
table.m { width:100%; margin-top:4px; }
table.m th, table.m td { text-align:left; padding:3px 6px; border-bottom:1px solid #000; font-size:10pt; vertical-align:top; }
"""
    lh = f"""<div class="lh"><div class="n">Sunrise Senior Care Physicians</div>
<div class="a">Geriatric &amp; Internal Medicine &nbsp;|&nbsp; 1950 Arlington St, Suite 300, Sarasota, FL 34239<br>
Ph {P(f['referring_phone'],'dot')} &nbsp;|&nbsp; Fax {P(f['referring_fax'],'dot')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{lh}
<h1>New Patient Referral</h1>
<h2>PATIENT INFORMATION</h2>
<div class="r"><span>Name: <b>Walter E. Pennington</b></span><span>DOB: <b>{D(f['patient_dob'],'us_short')}</b></span><span>Age: 85</span><span>Sex: <b>Male</b></span></div>
<div class="r"><span>Phone: <b>{P(f['patient_phone'],'dot')}</b></span><span>Address: 2650 Bee Ridge Rd, Apt 214, Sarasota, FL 34239</span></div>
<div class="r"><span>Caregiver: Janice Pennington (daughter), {P('9415863307','dot')}</span><span>Lives: with wife, independent living</span></div>
<h2>INSURANCE</h2>
<div class="r"><span>Insurance: <b>{f['insurance_payer']}</b></span><span>Plan: Eagle PPO</span><span>Member ID: <b>{f['insurance_member_id']}</b></span></div>
<div class="r"><span>Group: 0870512</span><span>Secondary: none</span><span>(card copy attached)</span></div>
<h2>REFERRING PROVIDER</h2>
<div class="r"><span>Referring Provider: <b>Dr. Rosemary Quillen</b></span><span>NPI: <b>{f['referring_npi']}</b></span></div>
<div class="r"><span>Phone: <b>{P(f['referring_phone'],'dot')}</b></span><span>Fax: <b>{P(f['referring_fax'],'dot')}</b></span><span>Nurse: Alma, ext. 31</span></div>
<h2>REFERRED TO</h2>
<div class="r"><span>Specialty: <b>Neurology</b> (memory disorders)</span><span>Provider: <b>Dr. Ian Mbeki</b></span></div>
<div class="r"><span>Practice: Gulf Coast Neurology Associates, 5741 Bee Ridge Rd, Suite 410, Sarasota</span></div>
<div class="r"><span>Phone: {P('9413426600','dot')}</span><span>Fax: {P('9413426618','dot')}</span></div>
<h2>CLINICAL INFORMATION</h2>
<div class="r">ICD-10: <b>R41.81</b> Age-related cognitive decline; <b>R26.81</b> Unsteadiness on feet</div>
<div class="r">Reason for Referral: <b>{f['reason']}</b></div>
<div class="r">Workup done: B12 512, TSH 2.4, RPR nonreactive, CMP normal ({D('2026-10-29','us_short')}). MRI brain not yet done.</div>
<div class="r">Last office visit: {D('2026-11-05','us_short')}. Hearing aids both ears. Wife reports getting lost driving to church.</div>
<div style="margin-top:8px; line-height:1.4">Priority: {box(True)} Routine &nbsp;&nbsp; {box(False)} Urgent &nbsp;&nbsp; {box(False)} STAT</div>
<div style="margin-top:30px; display:flex; justify-content:space-between; align-items:flex-end">
<div>Signature: <span class="sig">R. Quillen</span></div>
<div>Referral Date: <span class="blank">&nbsp;</span></div></div>
<div class="ft"><span>SSCP referral form</span><span>Page 1 of 2</span></div>
</div></div>"""
    meds = [("Donepezil 5 mg", "1 tablet at bedtime", "started " + D('2026-11-05', 'us_short')),
            ("Amlodipine 5 mg", "1 tablet daily", ""),
            ("Levothyroxine 50 mcg", "1 tablet daily before breakfast", ""),
            ("Tamsulosin 0.4 mg", "1 capsule daily", ""),
            ("Vitamin B12 1000 mcg", "1 tablet daily", ""),
            ("Acetaminophen 650 mg ER", "1 tablet every 8 hours as needed", "")]
    p2 = f"""
<div class="sheet"><div class="inner">
{lh}
<h2 style="margin-top:12px">INSURANCE CARD (COPY) &ndash; Pennington, Walter</h2>
<div class="copy">
<div class="card">
<div class="brand">aetna<span style="font-style:normal; font-weight:normal; font-size:8pt"> MEDICARE</span></div>
<div>Aetna Medicare Eagle Plan (PPO)</div>
<div style="margin-top:4px">Member Name</div><div class="big">WALTER E PENNINGTON</div>
<div>Member ID</div><div class="big">{f['insurance_member_id']}</div>
<div>Group # 0870512 &nbsp;&nbsp; Effective 01/01/2026</div>
<div style="position:absolute; right:0.12in; top:0.35in; text-align:right">PCP $0<br>Specialist $35<br>ER $90</div>
<div style="position:absolute; right:0.12in; bottom:0.09in">MEDICARE<br>ADVANTAGE PPO</div>
</div>
<div class="card">
<div style="font-weight:bold">Members</div>
<div>Member Services 1-800-282-5366 (TTY: 711)</div>
<div>24-Hour Nurse Line 1-800-556-1555</div>
<div style="font-weight:bold; margin-top:4px">Providers</div>
<div>Precertification 1-800-624-0756</div>
<div>Submit claims: PO Box 981106, El Paso, TX 79998</div>
<div>Payer ID 60054</div>
<div style="margin-top:4px">RxBIN 610502 &nbsp; RxPCN MEDDAET &nbsp; RxGRP RX8801</div>
</div>
</div>
<h2>CURRENT MEDICATIONS</h2>
<table class="m"><tr><th>Medication</th><th>Directions</th><th>Note</th></tr>
{''.join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in meds)}</table>
<h2>ALLERGIES</h2>
<div class="r">Penicillin (rash). Shellfish (hives).</div>
<div class="ft"><span>SSCP referral form</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NK10", css, p1 + p2), fields=f, pages=2,
                kind="inline_label_runs_large_type_geriatrics_to_neurology_blank_date_plus_card_copy_and_meds", mode="standard",
                fax=dict(when="11/20/2026 08:55", name="SUNRISE SENIOR CARE", number=f["referring_fax"],
                         to="9413426618", fmt="f"))
