"""PC06-PC10 document builders (set AB: referrals inside prose notes and letters). See docs_a.py."""
from common import npi, P, D, page, esc
from docs_a import sheet


# ====================================================================== PC06
def pc06():
    """Nurse practitioner's one-page SOAP note (Burlington VT), small condensed sans: header band, problem list with
    ICD-10 codes in square brackets (most of them distractors), S/O/A/P, a 'Referral' line in the plan carrying the
    bracketed codes and 'Urgent'; signed by an FNP-C with NPI; clinic phone/fax in the footer."""
    f = {
        "patient_last_name": "Gallagher",
        "patient_first_name": "Siobhan",
        "patient_dob": "1983-09-27",
        "patient_sex": "F",
        "patient_phone": "8025781126",
        "patient_mrn": "GMF7710452",
        "insurance_payer": "MVP Health Care",
        "insurance_member_id": "MVP339014720",
        "referring_provider": "Kayla Brennan",
        "referring_npi": npi("125501876"),
        "referring_phone": "8028642210",
        "referring_fax": "8028642239",
        "referred_to_specialty": "dermatology",
        "referred_to_provider": "Ingrid Haugen",
        "diagnosis_codes": ["D49.2", "Z80.8"],
        "reason": "Changing pigmented lesion of the left upper back, 9 mm, irregular border and two colors, with a "
                  "family history of melanoma in her mother; please evaluate and biopsy",
        "urgency": "urgent",
        "referral_date": "2026-03-02",
    }
    css = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 9pt; line-height:1.3; }
.lh { display:flex; justify-content:space-between; align-items:flex-end; }
.lh .n { font-size:13pt; font-weight:bold; }
.band { border:1.5px solid #000; padding:3px 6px; margin:5px 0 6px 0; display:flex; justify-content:space-between;
        font-weight:bold; font-size:9pt; }
h2 { font-size:9.5pt; margin:6px 0 1px 0; background:#e6e6e6; padding:1px 4px; }
p { margin:0 0 3px 0; }
ul { margin:1px 0 3px 16px; padding:0; }
.pl { columns:2; column-gap:0.3in; }
.pfoot { font-size:7.5pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between; }
"""
    body = f"""<div class="lh"><div><div class="n">Green Mountain Family Health</div>
<div style="font-size:8.5pt">45 Church Street, Burlington, VT 05401</div></div>
<div style="text-align:right;font-size:8.5pt">Clinic Note &mdash; Problem-Focused Visit<br>{D(f['referral_date'], 'us')} 09:15</div></div>
<div class="band"><span>GALLAGHER, SIOBHAN M</span><span>DOB {D(f['patient_dob'], 'us')}</span><span>42 y/o Female</span>
<span>MRN {f['patient_mrn']}</span><span>Page 1 of 1</span></div>
<p><b>Phone:</b> {P(f['patient_phone'])} (mobile) &nbsp;&nbsp; <b>Insurance:</b> {f['insurance_payer']}, ID
{f['insurance_member_id']} &nbsp;&nbsp; <b>PCP:</b> Daniel Okoro, MD</p>
<h2>Active Problem List</h2>
<div class="pl">
Essential hypertension [I10]<br>Hypothyroidism, unspecified [E03.9]<br>Hyperlipidemia, unspecified [E78.5]<br>
Generalized anxiety disorder [F41.1]<br>Neoplasm of unspecified behavior of skin [D49.2]<br>
Family history of malignant neoplasm of other organs (melanoma) [Z80.8]<br>
Vitamin D deficiency [E55.9]<br>Status post cholecystectomy [Z90.49]
</div>
<h2>S &mdash; Subjective</h2>
<p>42-year-old woman here for a mole on her back that her partner says has changed over the past three months:
larger, darker on one side and occasionally itchy. No bleeding. She has never had a full skin exam. Her mother was
diagnosed with melanoma at 58 (wide excision, alive). Otherwise doing well. Home BP readings 120s/70s on lisinopril.
Last TSH {D('2025-12-08', 'us')} 2.4 on levothyroxine. Anxiety well controlled; sees her therapist every two weeks.
Sunburns frequently as a child; no tanning bed use.</p>
<p><b>Meds:</b> lisinopril 10 mg daily; levothyroxine 75 mcg daily; sertraline 100 mg daily; vitamin D3 2000 IU daily.
<b>Allergies:</b> latex (contact dermatitis).</p>
<h2>O &mdash; Objective</h2>
<p>BP 122/76, HR 70, T 98.4 &deg;F, Wt 68.1 kg, BMI 24.6. Skin: left upper back, 4 cm below the scapular spine, a 9 x 7 mm
macule with irregular, notched border and two shades of brown with a darker eccentric area; no ulceration. Dermoscopy
not available at this site; photo with ruler uploaded to chart. Scattered benign-appearing nevi on trunk and arms,
all &lt;5 mm. No axillary or cervical lymphadenopathy.</p>
<h2>A &mdash; Assessment</h2>
<p>1. Atypical changing pigmented lesion, left upper back [D49.2] &mdash; ABCDE criteria positive for asymmetry, border,
color, diameter and evolution; melanoma must be excluded.<br>
2. Family history of melanoma, first-degree relative [Z80.8].<br>
3. Hypertension [I10], controlled. &nbsp; 4. Hypothyroidism [E03.9], stable.</p>
<h2>P &mdash; Plan</h2>
<ul>
<li><b>Referral:</b> Dermatology &mdash; Ingrid Haugen, MD, Champlain Dermatology, 1 Kennedy Dr, South Burlington VT,
fax {P('8028621745')}. Dx [D49.2], [Z80.8]. <b>Priority: Urgent</b> &mdash; please schedule within 2 weeks.
Reason: {esc(f['reason'])}.</li>
<li>Full-body skin exam requested at the same visit. Sun protection counseling given; SPF 30+ daily.</li>
<li>Continue current medications. Lipid panel and TSH due at annual exam in June with Dr. Okoro.</li>
<li>Return sooner if the lesion bleeds or ulcerates. Patient agrees with plan.</li>
</ul>
<p style="margin-top:6px">Electronically signed by Kayla J. Brennan, FNP-C on {D(f['referral_date'], 'us')} 10:02 &nbsp;&middot;&nbsp;
NPI {f['referring_npi']}<br>Green Mountain Family Health &middot; Family Nurse Practitioner</p>
"""
    foot = (f'<span>Green Mountain Family Health &middot; Tel {P(f["referring_phone"], "dot")} &middot; '
            f'Fax {P(f["referring_fax"], "dot")}</span><span>Gallagher, Siobhan M &middot; MRN {f["patient_mrn"]}</span>')
    return dict(html=page("PC06", css, sheet(body, "", foot)), fields=f, pages=1,
                kind="nurse_practitioner_soap_note_problem_list_bracketed_icd10_plan_referral_line_to_dermatology",
                mode="fine", skew={1: -1.3},
                fax=dict(when="03/02/2026 10:18", name="GREEN MTN FAMILY HLTH", number=f["referring_fax"],
                         to="8028621745", fmt="d"))


# ====================================================================== PC07
def pc07():
    """Emergency department record (Dubuque IA), three pages: a registration face sheet (patient phone, insurance,
    PCP, FIN number as distractor) and a two-page ED physician note in Courier with CT/labs, ED diagnoses with
    codes, and disposition 'Follow up with' both the PCP and a urologist (urgent referral). Phone/fax only in the
    ED letterhead."""
    f = {
        "patient_last_name": "Vandermolen",
        "patient_first_name": "Curtis",
        "patient_dob": "1988-04-09",
        "patient_sex": "M",
        "patient_phone": "5633217789",
        "patient_mrn": "E2218834",
        "insurance_payer": "Medica",
        "insurance_member_id": "MD4401722930",
        "referring_provider": "Marco Delgado",
        "referring_npi": npi("136680249"),
        "referring_phone": "5635897000",
        "referring_fax": "5635897044",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Samuel Okonkwo",
        "diagnosis_codes": ["N13.2", "N17.9"],
        "reason": "6 mm obstructing right UVJ stone with moderate hydronephrosis and acute kidney injury; evaluate "
                  "for ureteroscopy if not passed",
        "urgency": "urgent",
        "referral_date": "2026-03-14",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; line-height:1.3; }
.lh { display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:3px; margin-bottom:4px; }
.lh .n { font-size:13pt; font-weight:bold; }
.band { display:flex; justify-content:space-between; font-size:9pt; font-weight:bold; border-bottom:1px solid #000;
        padding-bottom:2px; margin-bottom:8px; }
h1 { font-size:14pt; text-align:center; margin:8px 0; letter-spacing:2px; }
table.fs { width:100%; margin-bottom:8px; }
table.fs td { border:1px solid #000; padding:3px 5px; vertical-align:top; width:25%; }
table.fs td.h { background:#000; color:#fff; font-weight:bold; }
.l { font-size:7.5pt; display:block; }
.note { font-family:'Liberation Mono', 'Nimbus Mono PS', monospace; font-size:9pt; line-height:1.3; }
.note p { margin:0 0 6px 0; }
.note b { text-decoration:underline; }
.pfoot { font-size:8pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between; }
"""
    lh = f"""<div class="lh"><div><div class="n">St. Brendan Regional Medical Center</div>
<div>Emergency Department &middot; 900 Riverside Drive, Dubuque, IA 52001</div></div>
<div style="text-align:right">ED Main {P(f['referring_phone'], 'dash')}<br>ED Fax {P(f['referring_fax'], 'dash')}</div></div>"""

    def band(n):
        return (f'<div class="band"><span>VANDERMOLEN, CURTIS J</span><span>DOB: {D(f["patient_dob"], "us")}</span>'
                f'<span>MRN: {f["patient_mrn"]}</span><span>FIN: 60044127193</span><span>Page {n} of 3</span></div>')

    foot = (f'<span>Printed {D(f["referral_date"], "us")} 07:55 &middot; ED record &middot; CONFIDENTIAL</span>'
            f'<span>St. Brendan Regional Medical Center</span>')

    def c(label, value, cls=""):
        return f'<td class="{cls}"><span class="l">{label}</span>{value}</td>'

    p1 = f"""{lh}{band(1)}<h1>EMERGENCY DEPARTMENT FACE SHEET</h1>
<table class="fs">
<tr><td class="h" colspan="4">PATIENT</td></tr>
<tr>{c('Last name', 'VANDERMOLEN')}{c('First name', 'CURTIS')}{c('Middle', 'J')}{c('Sex', 'Male')}</tr>
<tr>{c('Date of birth', D(f['patient_dob'], 'us'))}{c('Age', '37')}{c('MRN', f['patient_mrn'])}{c('FIN / Account', '60044127193')}</tr>
<tr>{c('Home phone', P(f['patient_phone'], 'dash'))}{c('Work phone', P('5635824100', 'dash') + ' x212')}{c('Language', 'English')}{c('Marital status', 'Married')}</tr>
<tr><td colspan="2"><span class="l">Address</span>1447 Bluff St, Dubuque, IA 52001</td>{c('Employer', 'Tri-State Millwork')}{c('Race/Ethnicity', 'Declined')}</tr>
<tr><td class="h" colspan="4">VISIT</td></tr>
<tr>{c('Arrival', D(f['referral_date'], 'us') + ' 02:17')}{c('Mode', 'Private vehicle')}{c('Triage acuity', 'ESI 3')}{c('Room', 'ED 14')}</tr>
<tr><td colspan="2"><span class="l">Chief complaint</span>Right flank pain, vomiting</td>{c('Attending', 'Marco A. Delgado, MD')}{c('Primary nurse', 'B. Kruse, RN')}</tr>
<tr><td colspan="2"><span class="l">Primary care physician</span>Lisa Kowalczyk, MD &ndash; Dubuque Family Clinic</td>
{c('PCP phone', P('5635567120', 'dash'))}{c('Disposition', 'Discharged ' + D(f['referral_date'], 'us') + ' 07:40')}</tr>
<tr><td class="h" colspan="4">INSURANCE</td></tr>
<tr><td colspan="2"><span class="l">Primary payer</span>{f['insurance_payer']}</td>{c('Member ID', f['insurance_member_id'])}{c('Group', '00918-IA')}</tr>
<tr>{c('Subscriber', 'Self')}{c('Relationship', 'Self')}{c('Secondary payer', 'None')}{c('Eligibility', 'Verified 02:31')}</tr>
<tr><td class="h" colspan="4">EMERGENCY CONTACT</td></tr>
<tr><td colspan="2"><span class="l">Name</span>Jenna Vandermolen (spouse)</td>{c('Phone', P('5633219042', 'dash'))}{c('Advance directive', 'None on file')}</tr>
</table>
<p style="font-size:8.5pt">Consent to treat signed {D(f['referral_date'], 'us')} 02:24. Patient rights and privacy notice given.
Valuables: phone, wallet (with patient).</p>
"""
    p2 = f"""{lh}{band(2)}
<div class="note">
<p><b>ED PHYSICIAN NOTE</b> &nbsp; Date of service: {D(f['referral_date'], 'us')} &nbsp; Seen at 02:40</p>
<p><b>HPI:</b> 37 y/o male with no significant PMH presents with sudden-onset right flank pain radiating to the right
groin that began at about 23:30 on {D('2026-03-13', 'us')}, 10/10, colicky, with three episodes of nonbloody emesis.
No fever or chills. Some dysuria and urinary urgency. One prior kidney stone in 2019, passed spontaneously after an
urgent care visit. Took ibuprofen 800 mg at 00:30 without relief.</p>
<p><b>PMH:</b> Nephrolithiasis (2019). GERD. <b>PSH:</b> Appendectomy age 12. <b>Meds:</b> omeprazole 20 mg daily.
<b>Allergies:</b> NKDA. <b>Social:</b> Nonsmoker, 4-6 beers/week, works in a millwork shop.</p>
<p><b>ROS:</b> Positive as per HPI. Negative for chest pain, shortness of breath, diarrhea, gross hematuria, testicular
pain. All other systems negative.</p>
<p><b>PHYSICAL EXAM:</b> T 99.1 F, HR 104, BP 152/94, RR 20, SpO2 99% RA. Uncomfortable, writhing on the stretcher.
Heart tachycardic, regular. Lungs clear. Abdomen soft, mild RLQ tenderness, no rebound or guarding. Right CVA
tenderness. Testes normal.</p>
<p><b>LABS:</b> WBC 11.2, Hgb 15.1, Plt 248. Na 139, K 4.0, Cl 103, CO2 23, BUN 22, creatinine 1.62 (baseline 0.94
on {D('2025-06-02', 'us')} with PCP), glucose 131. Lipase 28. UA: RBC &gt;50/hpf, WBC 3-5/hpf, nitrite negative,
leukocyte esterase trace, no bacteria.</p>
<p><b>IMAGING:</b> CT abdomen/pelvis without contrast (stone protocol), 03:22: 6 x 5 mm calculus at the right
ureterovesical junction with moderate right hydroureteronephrosis and perinephric stranding. Two nonobstructing 2 mm
stones in the left kidney. Appendix surgically absent.</p>
<p><b>ED COURSE:</b> Ketorolac 15 mg IV (reduced dose given creatinine), morphine 4 mg IV x1, ondansetron 4 mg IV, 1 L
NS. Reassessed at 05:10 and 06:45: pain 2/10, tolerating oral fluids, no further vomiting. Afebrile. Discussed with
urology on call, Dr. Okonkwo, who agrees with outpatient trial of passage with close follow-up given no signs of
infection.</p>
</div>
"""
    p3 = f"""{lh}{band(3)}
<div class="note">
<p><b>MDM:</b> Obstructing right distal ureteral stone with moderate hydronephrosis and acute kidney injury
(creatinine 1.62 from 0.94). No evidence of infected obstruction. Pain controlled, tolerating PO. Appropriate for
discharge with medical expulsive therapy and urgent urology follow-up. Return precautions reviewed in detail.</p>
<p><b>ED DIAGNOSES:</b><br>
1. Hydronephrosis with renal and ureteral calculous obstruction, right (N13.2)<br>
2. Acute kidney injury (N17.9)<br>
3. Nausea with vomiting (R11.2)</p>
<p><b>DISCHARGE MEDICATIONS:</b> Tamsulosin 0.4 mg PO daily x 14 days (#14). Oxycodone-acetaminophen 5/325 one tab q6h
PRN severe pain (#8, PDMP reviewed). Ondansetron ODT 4 mg q8h PRN (#10). Strainer provided. Avoid NSAIDs until
kidney function rechecked.</p>
<p><b>DISPOSITION:</b> Discharged home with spouse in stable condition at 07:40.</p>
<p><b>FOLLOW UP WITH:</b><br>
1. Samuel Okonkwo, MD - Urology - Tri-State Urology, 1500 Associates Dr, Dubuque IA - {P('5635847300', 'dash')}
(fax {P('5635847311', 'dash')}) - within 2 days. URGENT referral placed {D(f['referral_date'], 'us')}:
{esc(f['reason'])}. Referral Dx: N13.2, N17.9.<br>
2. Lisa Kowalczyk, MD (PCP) - Dubuque Family Clinic - in 1 week for BMP recheck.<br>
3. Return to the ED for fever over 100.4 F, uncontrolled pain or vomiting, or inability to urinate.</p>
<p style="margin-top:14px">Electronically signed by Marco A. Delgado, MD, Emergency Medicine<br>
{D(f['referral_date'], 'us')} 07:52 &nbsp; NPI {f['referring_npi']}</p>
<p>Scribe attestation: documentation prepared by T. Ruden (scribe) in the presence of Marco A. Delgado, MD. I have
reviewed and agree with the documentation. - MAD</p>
</div>
"""
    body = sheet(p1, "", foot) + sheet(p2, "", foot) + sheet(p3, "", foot)
    return dict(html=page("PC07", css, body), fields=f, pages=3,
                kind="emergency_department_face_sheet_plus_courier_physician_note_follow_up_with_urgent_urology",
                mode="standard", dropouts={2: 2, 3: 3},
                fax=dict(when="03/14/2026 08:03", name="ST BRENDAN ED", number=f["referring_fax"],
                         to="5635847311", fmt="b"))


# ====================================================================== PC08
def pc08():
    """Hospital discharge summary (Muskegon MI hospitalist) in Times, three pages: header band with name/DOB/MRN/
    admit-discharge dates; demographics block with payer; hospital course with labs and echo; discharge diagnoses
    with several codes; 'Follow-up appointments' table of PCP (scheduled), a NEW cardiology referral and a lab.
    Signed by the hospitalist with NPI; phone/fax in the footer."""
    f = {
        "patient_last_name": "Sandoval",
        "patient_first_name": "Loretta",
        "patient_dob": "1949-06-21",
        "patient_sex": "F",
        "patient_phone": "2317594420",
        "patient_mrn": "ML30288154",
        "insurance_payer": "Priority Health Medicare",
        "insurance_member_id": "PH880221471",
        "referring_provider": "Gregory Yuen",
        "referring_npi": npi("158832006"),
        "referring_phone": "2316722000",
        "referring_fax": "2316722090",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Amara Nwosu",
        "diagnosis_codes": ["I48.91", "Z79.01"],
        "reason": "New-onset atrial fibrillation with rapid ventricular response, rate controlled on metoprolol and "
                  "started on apixaban; please evaluate for rhythm control strategy",
        "urgency": "urgent",
        "referral_date": "2026-03-05",
    }
    css = """
body { font-family: 'Liberation Serif', 'Nimbus Roman', 'Times New Roman', serif; font-size: 10pt; line-height:1.3; }
.lh { text-align:center; border-bottom:1.5px solid #000; padding-bottom:3px; }
.lh .n { font-size:14pt; font-weight:bold; letter-spacing:1px; }
.band { display:flex; justify-content:space-between; font-size:9pt; border-bottom:1px solid #000; padding:2px 0; margin-bottom:8px; }
h1 { font-size:13pt; text-align:center; margin:6px 0; }
h3 { font-size:10pt; margin:8px 0 1px 0; text-transform:uppercase; border-bottom:0.5px solid #000; }
p { margin:0 0 4px 0; }
table.d { width:100%; font-size:9.5pt; } table.d td { padding:1px 6px 1px 0; vertical-align:top; }
table.fu { width:100%; font-size:9pt; margin-top:3px; }
table.fu th, table.fu td { border:1px solid #000; padding:3px 4px; text-align:left; vertical-align:top; }
table.fu th { background:#ddd; }
.pfoot { font-size:8pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between; }
"""

    def band(n):
        return (f'<div class="band"><span><b>SANDOVAL, LORETTA M</b></span><span>DOB {D(f["patient_dob"], "us")}</span>'
                f'<span>MRN {f["patient_mrn"]}</span><span>Adm {D("2026-03-02", "us")} / Dis '
                f'{D(f["referral_date"], "us")}</span><span>Page {n} of 3</span></div>')

    def foot():
        return (f'<span>Mercy Lakes Hospital &middot; Hospital Medicine &middot; 2500 Lakeview Ave, Muskegon, MI 49444</span>'
                f'<span>Tel {P(f["referring_phone"])} &middot; Fax {P(f["referring_fax"])}</span>')

    lh = '<div class="lh"><div class="n">MERCY LAKES HOSPITAL</div><div>Department of Hospital Medicine</div></div>'
    p1 = f"""{lh}{band(1)}<h1>DISCHARGE SUMMARY</h1>
<table class="d">
<tr><td><b>Patient:</b> Loretta M. Sandoval</td><td><b>Sex:</b> Female</td><td><b>Age:</b> 76</td></tr>
<tr><td><b>Phone:</b> {P(f['patient_phone'])}</td><td colspan="2"><b>Address:</b> 3318 Henry St, Norton Shores, MI 49441</td></tr>
<tr><td><b>Payer:</b> {f['insurance_payer']}</td><td colspan="2"><b>Member ID:</b> {f['insurance_member_id']} &nbsp; <b>Plan:</b> Medicare Advantage HMO</td></tr>
<tr><td><b>Admission date:</b> {D('2026-03-02', 'us')}</td><td colspan="2"><b>Discharge date:</b> {D(f['referral_date'], 'us')}</td></tr>
<tr><td><b>Attending:</b> Gregory Yuen, MD</td><td colspan="2"><b>PCP:</b> Thomas Brandvold, MD, Lakeshore Family Physicians</td></tr>
<tr><td colspan="3"><b>Consultants:</b> none inpatient (cardiology curbside by phone, Dr. Nwosu, {D('2026-03-03', 'us')})</td></tr>
<tr><td colspan="3"><b>Disposition:</b> Home with daughter; home health not required</td></tr>
</table>
<h3>Reason for admission</h3>
<p>Palpitations and shortness of breath for two days; found in atrial fibrillation with rapid ventricular response
(heart rate 148) in the emergency department.</p>
<h3>Discharge diagnoses</h3>
<p>Principal: New-onset atrial fibrillation with rapid ventricular response (I48.91)<br>
Secondary: Hypokalemia (E87.6), resolved; Chronic kidney disease stage 3a (N18.31); Essential hypertension (I10);
Type 2 diabetes mellitus without complications (E11.9); Long term (current) use of anticoagulants (Z79.01).</p>
<h3>Hospital course</h3>
<p>Mrs. Sandoval is a 76-year-old woman with hypertension, type 2 diabetes and CKD stage 3a who presented on
{D('2026-03-02', 'us')} with two days of palpitations and exertional dyspnea. ECG showed atrial fibrillation at 148 bpm
without ischemic changes. She received diltiazem 10 mg IV in the ED with partial response and was admitted to the
telemetry unit. Potassium was 3.1 on arrival and was repleted. TSH 1.8. High-sensitivity troponin 18 and 21 ng/L
(flat). Chest X-ray showed mild pulmonary vascular congestion, which resolved after a single dose of furosemide 20 mg
IV.</p>
<p>She was transitioned to oral metoprolol succinate, titrated to 100 mg daily, with resting heart rates 70-90 by
{D('2026-03-04', 'us')}. Transthoracic echocardiogram on {D('2026-03-03', 'us')} showed LVEF 50-55%, moderate left atrial
enlargement (LA volume index 41 mL/m2), mild mitral regurgitation and no thrombus. CHA2DS2-VASc score is 5
(age 75+, female, hypertension, diabetes); HAS-BLED 2. After discussion of risks and benefits she was started on
apixaban 5 mg twice daily. She remained in atrial fibrillation with controlled rate at discharge. Ambulating
independently, SpO2 96% on room air.</p>
"""
    p2 = f"""{band(2)}
<h3>Pertinent results</h3>
<table class="d">
<tr><td></td><td><b>{D('2026-03-02', 'us_short')}</b></td><td><b>{D('2026-03-03', 'us_short')}</b></td><td><b>{D('2026-03-05', 'us_short')}</b></td></tr>
<tr><td>Potassium (mmol/L)</td><td>3.1 L</td><td>3.9</td><td>4.3</td></tr>
<tr><td>Creatinine (mg/dL)</td><td>1.21</td><td>1.18</td><td>1.15</td></tr>
<tr><td>eGFR (mL/min/1.73m2)</td><td>46</td><td>47</td><td>49</td></tr>
<tr><td>Magnesium (mg/dL)</td><td>1.7</td><td>2.1</td><td>&mdash;</td></tr>
<tr><td>Hemoglobin (g/dL)</td><td>12.9</td><td>12.4</td><td>12.6</td></tr>
<tr><td>Hemoglobin A1c (%)</td><td>7.1</td><td></td><td></td></tr>
</table>
<h3>Procedures</h3>
<p>Transthoracic echocardiogram {D('2026-03-03', 'us')}. No invasive procedures. Prior history: left total knee
arthroplasty {D('2019-10-15', 'us')}; cataract extraction, right eye, 2022.</p>
<h3>Discharge medications</h3>
<p><b>NEW:</b> apixaban 5 mg by mouth twice daily; metoprolol succinate 100 mg by mouth daily.<br>
<b>CHANGED:</b> lisinopril reduced from 20 mg to 10 mg daily (blood pressure 104-118 systolic on metoprolol).<br>
<b>CONTINUED:</b> metformin 500 mg twice daily; atorvastatin 20 mg nightly; vitamin D3 1000 IU daily.<br>
<b>STOPPED:</b> aspirin 81 mg (now on anticoagulation); naproxen as needed (bleeding risk with apixaban).</p>
<h3>Condition at discharge</h3>
<p>Stable. Heart rate 78, irregularly irregular; BP 116/68; SpO2 96% RA. Alert and oriented; independent with ADLs.</p>
<h3>Patient instructions</h3>
<p>Take apixaban every 12 hours and do not skip doses. Report black stools, blood in urine, or unusual bruising.
Avoid NSAIDs. Call 911 for chest pain, fainting, sudden weakness or trouble speaking. Weigh daily; call for a gain
of more than 3 pounds in a day. Low-sodium diet.</p>
<h3>Pending results at discharge</h3>
<p>None.</p>
"""
    p3 = f"""{band(3)}
<h3>Follow-up appointments</h3>
<table class="fu">
<tr><th>With</th><th>Specialty / place</th><th>When</th><th>Status / notes</th></tr>
<tr><td>Thomas Brandvold, MD</td><td>Primary care &ndash; Lakeshore Family Physicians, {P('2317334155')}</td>
<td>{D('2026-03-12', 'us')} 9:40 AM</td><td>Scheduled. Existing PCP. BMP and blood pressure check.</td></tr>
<tr><td>Amara Nwosu, MD</td><td>Cardiology &ndash; Lakeshore Heart &amp; Vascular, 1700 Clinton St, Muskegon;
ph {P('2317281900')}, fax {P('2317281945')}</td><td>Within 1 week</td>
<td><b>NEW REFERRAL &ndash; Urgent.</b> Referral placed {D(f['referral_date'], 'us')}. Dx: I48.91, Z79.01.
Reason: {esc(f['reason'])}. Office to call patient.</td></tr>
<tr><td>Outpatient lab</td><td>Mercy Lakes Lab, Sherman Blvd</td><td>{D('2026-03-10', 'us')}</td>
<td>CBC and BMP (apixaban, CKD). Results to Dr. Brandvold.</td></tr>
<tr><td>Diabetes education</td><td>Mercy Lakes Outpatient Nutrition</td><td>Patient to call</td>
<td>Optional; patient declined referral at this time.</td></tr>
</table>
<h3>Communication</h3>
<p>Discharge summary faxed to Dr. Brandvold and to Lakeshore Heart &amp; Vascular with the cardiology referral.
Case discussed with the patient and her daughter, Maria Sandoval-Pike ({P('2317590387')}), who will drive her to
appointments.</p>
<h3>Code status</h3>
<p>Full code.</p>
<p style="margin-top:16px">Time spent on discharge: 38 minutes.</p>
<p style="margin-top:10px">Electronically signed by Gregory Yuen, MD, Hospitalist<br>
{D(f['referral_date'], 'long')} 14:26 &nbsp;&middot;&nbsp; NPI {f['referring_npi']}<br>
Mercy Lakes Hospital, Department of Hospital Medicine &middot; Tel {P(f['referring_phone'])} &middot; Fax {P(f['referring_fax'])}</p>
<p style="margin-top:10px;font-size:8.5pt">cc: Thomas Brandvold, MD (PCP); Amara Nwosu, MD (Cardiology)</p>
"""
    body = sheet(p1, "", foot()) + sheet(p2, "", foot()) + sheet(p3, "", foot())
    return dict(html=page("PC08", css, body), fields=f, pages=3,
                kind="hospital_discharge_summary_times_follow_up_appointments_table_new_cardiology_referral_row",
                mode="fine", skew={2: 0.8},
                fax=dict(when="03/05/2026 15:02", name="MERCY LAKES HOSP MED", number=f["referring_fax"],
                         to="2317281945", fmt="g"))


# ====================================================================== PC09
def pc09():
    """Physical therapy plan of care / re-evaluation (Bozeman MT), narrow sans, two pages: the form's 'Referring
    physician' is the PCP who ordered PT (a distractor); the therapist (DPT, with NPI) requests an orthopaedic
    consultation in the assessment; PT treatment codes differ from the ortho request's codes; certification
    signature line left for the PCP. Clinic phone/fax in the letterhead."""
    f = {
        "patient_last_name": "Haugland",
        "patient_first_name": "Wesley",
        "patient_dob": "1971-01-30",
        "patient_sex": "M",
        "patient_phone": "4065810092",
        "patient_mrn": "SPT-18834",
        "insurance_payer": "Blue Cross and Blue Shield of Montana",
        "insurance_member_id": "YRM902213845",
        "referring_provider": "Megan Castillo",
        "referring_npi": npi("184420175"),
        "referring_phone": "4065863320",
        "referring_fax": "4065863347",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Erik Solheim",
        "diagnosis_codes": ["M75.101", "M25.511"],
        "reason": "Persistent weakness of right shoulder external rotation and positive drop-arm test after 8 weeks "
                  "of therapy; please evaluate for full-thickness rotator cuff tear and consider MRI",
        "urgency": "routine",
        "referral_date": "2026-02-26",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Nimbus Sans Narrow', sans-serif; font-size: 10pt; line-height:1.3; }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2.5px solid #000; padding-bottom:3px; }
.lh .n { font-size:15pt; font-weight:bold; }
.band { display:flex; justify-content:space-between; font-weight:bold; font-size:9.5pt; border-bottom:1px solid #000;
        padding:2px 0; margin-bottom:6px; }
h1 { font-size:13pt; margin:6px 0 4px 0; }
h3 { font-size:10.5pt; margin:7px 0 1px 0; background:#e0e0e0; padding:1px 4px; }
table.g { width:100%; } table.g td { border:1px solid #777; padding:2px 4px; vertical-align:top; }
table.g td.l { background:#f0f0f0; width:1.35in; font-weight:bold; }
p { margin:0 0 4px 0; }
table.m { width:100%; } table.m td, table.m th { border-bottom:1px solid #999; padding:1px 4px; text-align:left; }
.sig { margin-top:12px; border:1px solid #000; padding:5px 8px; }
.line { display:inline-block; border-bottom:1px solid #000; width:2.6in; height:14px; }
.pfoot { font-size:8pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between; }
"""
    lh = f"""<div class="lh"><div><div class="n">Summit Physical Therapy &amp; Sports Rehab</div>
<div style="font-size:9pt">418 E Main Street, Bozeman, MT 59715</div></div>
<div style="text-align:right;font-size:9pt">Phone {P(f['referring_phone'], 'dot')}<br>Fax {P(f['referring_fax'], 'dot')}</div></div>"""

    def band(n):
        return (f'<div class="band"><span>Patient: Haugland, Wesley</span><span>DOB: {D(f["patient_dob"], "mmddyy")}</span>'
                f'<span>Chart #: {f["patient_mrn"]}</span><span>Page {n} of 2</span></div>')

    foot = ('<span>PT Plan of Care / Re-Evaluation &middot; Medicare-format certification</span>'
            '<span>Summit PT &amp; Sports Rehab</span>')
    p1 = f"""{lh}{band(1)}<h1>Physical Therapy Plan of Care &mdash; Re-Evaluation (Visit 14)</h1>
<table class="g">
<tr><td class="l">Patient</td><td>Wesley Haugland &nbsp; (Male)</td><td class="l">Phone</td><td>{P(f['patient_phone'], 'dot')}</td></tr>
<tr><td class="l">Insurance</td><td>{f['insurance_payer']}</td><td class="l">Member ID</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Referring physician</td><td>Karen Whitlock, MD &ndash; Gallatin Family Practice</td><td class="l">Physician fax</td><td>{P('4065874418', 'dot')}</td></tr>
<tr><td class="l">Initial evaluation</td><td>{D('2025-12-29', 'mmddyy')}</td><td class="l">Re-evaluation</td><td>{D(f['referral_date'], 'mmddyy')}</td></tr>
<tr><td class="l">Certification</td><td colspan="3">{D(f['referral_date'], 'mmddyy')} through {D('2026-04-23', 'mmddyy')} &nbsp; Visits to date: 14 &nbsp; Authorized: 20</td></tr>
<tr><td class="l">PT treatment dx</td><td colspan="3">M25.511 Pain in right shoulder; M62.81 Muscle weakness (generalized); Z74.09 Other reduced mobility</td></tr>
</table>
<h3>Subjective</h3>
<p>54-year-old right-hand-dominant electrician referred to PT by Dr. Whitlock on {D('2025-12-18', 'mmddyy')} for right
shoulder pain after a fall on ice on {D('2025-12-06', 'mmddyy')} (landed on an outstretched arm). He reports pain
improved from 7/10 to 4/10 but continued difficulty reaching overhead, lifting his tool bag and sleeping on the right
side. Night pain persists. Shoulder X-rays at urgent care {D('2025-12-06', 'mmddyy')} were negative for fracture.
Took meloxicam 15 mg for 3 weeks (prescribed by Dr. Whitlock), now stopped.</p>
<h3>Objective</h3>
<table class="m">
<tr><th>Measure (right shoulder)</th><th>Initial {D('2025-12-29', 'mmddyy')}</th><th>Today</th><th>Left (ref.)</th></tr>
<tr><td>Flexion AROM</td><td>95&deg;</td><td>140&deg;</td><td>172&deg;</td></tr>
<tr><td>Abduction AROM</td><td>80&deg;</td><td>115&deg; (painful arc 70-110&deg;)</td><td>175&deg;</td></tr>
<tr><td>External rotation AROM</td><td>30&deg;</td><td>45&deg;</td><td>80&deg;</td></tr>
<tr><td>ER strength (MMT)</td><td>3-/5</td><td>3-/5</td><td>5/5</td></tr>
<tr><td>Abduction strength (MMT)</td><td>3/5</td><td>3+/5</td><td>5/5</td></tr>
<tr><td>QuickDASH score</td><td>61.4</td><td>47.7</td><td>&mdash;</td></tr>
</table>
<p style="margin-top:4px">Special tests today: drop-arm test positive; external rotation lag sign positive (about 15&deg;);
Hawkins-Kennedy positive; Speed's negative; sulcus negative. Cervical screen clear. Sensation intact C5-T1.</p>
"""
    p2 = f"""{lh}{band(2)}
<h3>Assessment</h3>
<p>Patient has made gains in passive and active range of motion and function (QuickDASH improved 13.7 points) but
external rotation strength has not changed in 8 weeks despite a progressive cuff program, and he now has a positive
drop-arm test and ER lag sign. These findings are concerning for a full-thickness rotator cuff tear that may not
respond to further conservative care.</p>
<p><b>Recommendation / request for orthopaedic consultation:</b> Referral to orthopedics requested with Erik Solheim, MD,
Bridger Orthopedic, 1450 Ellis St, Bozeman (fax {P('4065873391', 'dot')}). Priority: Routine. Dx: M75.101 Unspecified
rotator cuff tear or rupture of right shoulder, not specified as traumatic; M25.511 Pain in right shoulder.
Reason: {esc(f['reason'])}.</p>
<h3>Goals</h3>
<p>STG (4 weeks): flexion 155&deg;; sleep on right side 4+ hours. LTG (8 weeks): QuickDASH &lt;25; return to full duty
including overhead conduit work; independent with home exercise program.</p>
<h3>Plan</h3>
<p>Continue PT 2x/week for 8 weeks pending orthopedic opinion: therapeutic exercise (97110), neuromuscular re-education
(97112), manual therapy (97140), home program. Avoid heavy lifting over 20 lb with the right arm. Will modify plan per
orthopedic recommendations.</p>
<div class="sig">
<p>Electronically signed by Megan Castillo, PT, DPT, OCS &nbsp; {D(f['referral_date'], 'mmddyy')} 17:10<br>
Physical Therapist &middot; NPI {f['referring_npi']} &middot; MT PT License 4471</p>
<p style="margin-top:8px"><b>Physician certification</b> &mdash; I have reviewed this plan of care and certify the need for
the services.</p>
<p style="margin-top:8px">Karen Whitlock, MD &nbsp; <span class="line"></span> &nbsp; Date <span class="line" style="width:1.1in"></span></p>
<p style="font-size:8.5pt;margin-top:6px">Please sign and return to {P(f['referring_fax'], 'dot')}. Copy faxed to Bridger Orthopedic
with the consultation request.</p>
</div>
"""
    body = sheet(p1, "", foot) + sheet(p2, "", foot)
    return dict(html=page("PC09", css, body), fields=f, pages=2,
                kind="physical_therapy_plan_of_care_reeval_dpt_requests_orthopedic_consult_referring_physician_distractor",
                mode="standard", skew={1: -1.7},
                fax=dict(when="02/26/2026 17:24", name="SUMMIT PT", number=f["referring_fax"],
                         to="4065873391", fmt="h"))


# ====================================================================== PC10
def pc10():
    """Specialist-to-specialist letter (Portland ME endocrinologist to a general surgeon), Palatino-like serif, two
    pages: 'Thank you for seeing ...' prose with cytology, ultrasound and labs; patient details in a RE block
    (with insurance); page-2 running head; signature with NPI; cc list naming the PCP and radiologist. No urgency
    word."""
    f = {
        "patient_last_name": "Doucette",
        "patient_first_name": "Marguerite",
        "patient_dob": "1966-11-08",
        "patient_sex": "F",
        "patient_phone": "2078311904",
        "patient_mrn": "CBE-55017",
        "insurance_payer": "Anthem Blue Cross and Blue Shield",
        "insurance_member_id": "MEB612004877",
        "referring_provider": "Simone Achterberg",
        "referring_npi": npi("102274480"),
        "referring_phone": "2077748810",
        "referring_fax": "2077748836",
        "referred_to_specialty": "general_surgery",
        "referred_to_provider": "Peter Lindqvist",
        "diagnosis_codes": ["E04.1", "R13.10"],
        "reason": "surgical evaluation of a 3.1 cm left thyroid nodule with Bethesda IV (follicular neoplasm) "
                  "cytology and compressive dysphagia, with a view to left hemithyroidectomy",
        "urgency": "routine",
        "referral_date": "2026-03-18",
    }
    css = """
body { font-family: 'P052', 'Palatino Linotype', serif; font-size: 10.5pt; line-height:1.36; }
.lh { border-bottom:1px solid #000; padding-bottom:4px; display:flex; justify-content:space-between; align-items:flex-end; }
.lh .n { font-size:15pt; font-variant:small-caps; letter-spacing:1px; }
.lh .r { font-size:8.5pt; text-align:right; }
p { margin:0 0 8px 0; text-align:justify; }
.re { margin:8px 0 10px 0; }
.re td { padding:0 10px 0 0; vertical-align:top; }
.rh { font-size:9pt; border-bottom:1px solid #000; padding-bottom:2px; margin-bottom:12px; display:flex; justify-content:space-between; }
.sig { font-family:'Z003', cursive; font-size:19pt; margin:2px 0 0 0; }
.pfoot { font-size:8pt; text-align:center; border-top:1px solid #000; padding-top:2px; }
"""
    lh = f"""<div class="lh"><div><div class="n">Casco Bay Endocrinology</div>
<div style="font-size:9pt">Thyroid &amp; Parathyroid Center</div></div>
<div class="r">22 Bramhall Street, Suite 500 &middot; Portland, Maine 04102<br>
Telephone {P(f['referring_phone'], 'dot')} &middot; Fax {P(f['referring_fax'], 'dot')}</div></div>"""
    foot = (f'Casco Bay Endocrinology &middot; 22 Bramhall Street, Suite 500, Portland, ME 04102 &middot; '
            f'Fax {P(f["referring_fax"], "dot")}')
    p1 = f"""{lh}
<p style="margin-top:12px">{D(f['referral_date'], 'long')}</p>
<p>Peter Lindqvist, MD<br>Department of General Surgery<br>Maine Coastal Medical Center<br>8 Congress Street, Portland, ME 04101<br>Fax {P("2077739902", "dot")}</p>
<table class="re">
<tr><td><b>Re:</b></td><td>Marguerite A. Doucette (Female) &nbsp;&middot;&nbsp; DOB {D(f['patient_dob'], 'us')} &nbsp;&middot;&nbsp; MRN {f['patient_mrn']}</td></tr>
<tr><td></td><td>Phone {P(f['patient_phone'], 'dot')} &nbsp;&middot;&nbsp; {f['insurance_payer']}, ID {f['insurance_member_id']}</td></tr>
<tr><td></td><td>E04.1 Nontoxic single thyroid nodule; R13.10 Dysphagia, unspecified</td></tr>
</table>
<p>Dear Peter,</p>
<p>Thank you for seeing Mrs. Doucette, a 59-year-old school librarian, for {esc(f['reason'])}. She was referred to me
in January by her primary care physician, Dr. Ruth Albright, after a left neck fullness was noted at her annual
examination.</p>
<p>She describes a sensation of food catching at the base of her neck for about six months, worse with bread and
meats, and mild pressure when lying flat. No voice change, no stridor, no hemoptysis. She has no history of head and
neck irradiation. Her sister had a benign multinodular goiter removed in 2015; there is no family history of thyroid
cancer or MEN syndromes.</p>
<p>Ultrasound on {D('2026-01-27', 'us')} showed a 3.1 x 2.4 x 2.2 cm solid, isoechoic left-lobe nodule with a thin
halo and peripheral vascularity (TI-RADS 3), a few sub-centimetre cysts on the right, and no suspicious cervical
lymph nodes. Ultrasound-guided fine-needle aspiration by Dr. Kenji Morimoto on {D('2026-02-10', 'us')} was reported
as Bethesda category IV, follicular neoplasm; molecular testing (ThyroSeq) was positive for an NRAS mutation, which
in this setting carries an estimated cancer risk of roughly 40-50%.</p>
<p>She is clinically and biochemically euthyroid: TSH 1.42 mIU/L and free T4 1.1 ng/dL on {D('2026-01-22', 'us')};
calcium 9.4 mg/dL and PTH 38 pg/mL. A barium swallow on {D('2026-03-04', 'us')} showed mild extrinsic impression on the
cervical esophagus without obstruction. Laryngoscopy in my office showed mobile vocal cords bilaterally.</p>
"""
    p2 = f"""<div class="rh"><span>Dr. Peter Lindqvist</span><span>Re: Marguerite A. Doucette, DOB {D(f['patient_dob'], 'us')}</span>
<span>{D(f['referral_date'], 'abbr')} &middot; Page 2</span></div>
<p>Her other medical problems are well-controlled hypertension and osteopenia. She takes amlodipine 5 mg daily,
calcium with vitamin D, and alendronate 70 mg weekly. She is allergic to iodinated contrast (hives in 2011). She does
not smoke. BMI 27. Her cardiologist, Dr. Wallace Pinkham, saw her in November for palpitations; a Holter monitor
showed only rare atrial ectopy, and he has no objection to general anesthesia.</p>
<p>I have discussed with Mrs. Doucette that a diagnostic left hemithyroidectomy would be my recommendation, given
the indeterminate cytology, the molecular result and her compressive symptoms, and that completion thyroidectomy
might be needed depending on the final pathology. She is keen to proceed and would prefer surgery before the
school year ends in June if possible. I would be grateful for your opinion and for your team's help in arranging
this.</p>
<p>I will continue to follow her for thyroid function after surgery and will manage levothyroxine if it becomes
necessary. Please do not hesitate to call me on my direct line, {P('2077748814', 'dot')}, with any questions.</p>
<p>With kind regards,</p>
<div class="sig">Simone Achterberg</div>
<p>Electronically signed by Simone Achterberg, MD, FACE on {D(f['referral_date'], 'us')}<br>
Endocrinology, Diabetes &amp; Metabolism &middot; NPI {f['referring_npi']}</p>
<p>Enclosures: ultrasound report ({D('2026-01-27', 'us')}), cytopathology and ThyroSeq reports, barium swallow report.</p>
<p>cc: Ruth Albright, MD, Falmouth Family Medicine (PCP) &middot; fax {P('2077812260', 'dot')}<br>
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Kenji Morimoto, MD, Portland Radiology Group<br>
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Mrs. Marguerite Doucette</p>
"""
    body = sheet(p1, "", foot) + sheet(p2, "", foot)
    return dict(html=page("PC10", css, body), fields=f, pages=2,
                kind="specialist_to_specialist_letter_thank_you_for_seeing_endocrinology_to_general_surgery_cc_list",
                mode="fine", urgency_printed=False, dropouts={2: 2},
                fax=dict(when="03/18/2026 13:47", name="CASCO BAY ENDO", number=f["referring_fax"],
                         to="2077739902", fmt="a"))
