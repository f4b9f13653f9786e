"""PC01-PC05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, skew, dropouts,
urgency_printed]).

Theme of set AB: referrals that are mostly prose and clinical notes, as physicians actually send them. The
referral is one line or one section inside a note or letter; the patient identifiers sit in a header/footer band
repeated on every page; insurance (when given) is on a face sheet or demographics block; the referring provider
is in a signature block; phone and fax in a letterhead or footer. Other providers, medication lists, labs, vitals
and prior dates are distractors.
"""
from common import npi, P, D, page, esc


def sheet(body, head="", foot=""):
    """One letter-size page: a header band in flow, the body, and an absolutely placed footer band."""
    return (f'<div class="sheet"><div class="inner">{head}{body}'
            f'<div class="pfoot">{foot}</div></div></div>')


# ====================================================================== PC01
def pc01():
    """Family-medicine progress note (Columbus OH), Calibri-like condensed sans: header band with name/DOB/MRN/DOS
    on both pages, demographics box, HPI/ROS/vitals/meds, labs table; the Assessment/Plan ends in 'Refer to
    nephrology ...' and an 'Orders placed this encounter' line; e-signature with NPI; clinic phone/fax in the
    footer band. Cardiologist and prior echo as distractors, I10 coded in the A/P but not on the referral."""
    f = {
        "patient_last_name": "Knapp",
        "patient_first_name": "Evelyn",
        "patient_dob": "1957-03-14",
        "patient_sex": "F",
        "patient_phone": "6144883021",
        "patient_mrn": "4471902",
        "insurance_payer": "Medical Mutual of Ohio",
        "insurance_member_id": "MMO771204553",
        "referring_provider": "Rachel Stein",
        "referring_npi": npi("148203377"),
        "referring_phone": "6142675520",
        "referring_fax": "6142675538",
        "referred_to_specialty": "nephrology",
        "referred_to_provider": "Anand Kapoor",
        "diagnosis_codes": ["N18.32", "E11.22"],
        "reason": "progressive CKD stage 3b with eGFR decline from 52 to 38 over 12 months and new albuminuria "
                  "(UACR 310 mg/g)",
        "urgency": "routine",
        "referral_date": "2026-01-12",
    }
    css = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 9pt; line-height:1.33; }
.band { display:flex; justify-content:space-between; border-bottom:1.5px solid #000; padding-bottom:2px;
        margin-bottom:8px; font-size:8.5pt; font-weight:bold; }
.pfoot { border-top:1px solid #000; padding-top:2px; font-size:7.5pt; display:flex; justify-content:space-between; }
h1 { font-size:13pt; margin:2px 0 4px 0; }
h2 { font-size:9.5pt; margin:9px 0 2px 0; border-bottom:1px solid #888; }
.demo { border:1px solid #000; padding:4px 6px; display:grid; grid-template-columns: 1fr 1fr; gap:1px 16px; font-size:8.5pt; }
p { margin:0 0 5px 0; }
table.m { width:100%; font-size:8.5pt; }
table.m td, table.m th { text-align:left; padding:1px 4px; border-bottom:1px solid #bbb; }
ol { margin:2px 0 4px 18px; padding:0; } li { margin-bottom:4px; }
.ord { border:1px solid #000; padding:4px 6px; margin-top:6px; }
.esig { margin-top:10px; font-size:8.5pt; }
"""
    head = (f'<div class="band"><span>KNAPP, EVELYN A</span><span>DOB: {D(f["patient_dob"], "us")} (68 y.o. F)</span>'
            f'<span>MRN: {f["patient_mrn"]}</span><span>DOS: {D(f["referral_date"], "us")}</span></div>')

    def foot(n):
        return (f'<span>Olentangy Family Medicine &middot; 3650 Olentangy River Rd, Suite 300, Columbus OH 43214</span>'
                f'<span>Ph {P(f["referring_phone"])} &middot; Fax {P(f["referring_fax"])}</span><span>Page {n} of 2</span>')

    p1 = f"""
<h1>Office Visit &mdash; Progress Note</h1>
<div class="demo">
<div><b>Patient:</b> Evelyn A. Knapp</div><div><b>Sex:</b> Female</div>
<div><b>Home phone:</b> {P(f['patient_phone'])}</div><div><b>Visit type:</b> Follow-up, chronic conditions</div>
<div><b>Primary insurance:</b> {f['insurance_payer']}</div><div><b>Member ID:</b> {f['insurance_member_id']}</div>
<div><b>PCP:</b> Rachel M. Stein, MD</div><div><b>Location:</b> OFM Clintonville</div>
</div>
<h2>Chief Complaint</h2>
<p>3-month follow-up of diabetes, hypertension and kidney function. Reviewing labs drawn {D('2026-01-05', 'mdyy')}.</p>
<h2>History of Present Illness</h2>
<p>Mrs. Knapp is a 68-year-old woman with type 2 diabetes (diagnosed 2009), hypertension and chronic kidney disease
who returns to review labs. Her eGFR has fallen steadily over the past year (52 in January 2025, 45 in July, 38 this
month) and her urine albumin-to-creatinine ratio is newly elevated at 310 mg/g. She denies NSAID use since we stopped
her naproxen in the summer, has no dysuria or gross hematuria, and reports mild ankle swelling by evening. Home blood
pressures run 128-142/74-82. She checks fasting sugars most mornings, 110-150.</p>
<p>She continues to see her cardiologist, Dr. Howard Lieu (OhioHealth Heart &amp; Vascular), yearly for mild aortic
stenosis; last echocardiogram {D('2025-09-18', 'us')} showed a mean gradient of 14 mmHg and EF 60%. Colonoscopy
{D('2022-06-03', 'us')} was normal. Diabetic eye exam {D('2025-10-27', 'us')} without retinopathy.</p>
<h2>Review of Systems</h2>
<p>Negative for chest pain, dyspnea on exertion, orthopnea, nausea, pruritus, change in urine output. Positive for
mild bilateral ankle edema and nocturia x1. All other systems reviewed and negative.</p>
<h2>Vitals</h2>
<p>BP 138/80 (repeat 134/78) &middot; HR 72 &middot; Temp 97.9 &deg;F &middot; RR 16 &middot; SpO2 97% RA &middot;
Wt 84.6 kg &middot; Ht 162 cm &middot; BMI 32.2</p>
<h2>Current Medications</h2>
<table class="m">
<tr><th>Medication</th><th>Sig</th><th>Prescriber</th></tr>
<tr><td>metformin 500 mg tablet</td><td>1 tab PO BID with meals (reduced 10/2025)</td><td>R. Stein</td></tr>
<tr><td>lisinopril 20 mg tablet</td><td>1 tab PO daily</td><td>R. Stein</td></tr>
<tr><td>amlodipine 5 mg tablet</td><td>1 tab PO daily</td><td>R. Stein</td></tr>
<tr><td>atorvastatin 40 mg tablet</td><td>1 tab PO nightly</td><td>H. Lieu</td></tr>
<tr><td>glipizide 5 mg tablet</td><td>1 tab PO daily with breakfast</td><td>R. Stein</td></tr>
<tr><td>aspirin 81 mg EC tablet</td><td>1 tab PO daily</td><td>H. Lieu</td></tr>
</table>
<p style="margin-top:4px"><b>Allergies:</b> sulfa antibiotics (rash), naproxen (AKI 2025).</p>
"""
    p2 = f"""
<h2>Results</h2>
<table class="m">
<tr><th>Test</th><th>{D('2025-01-08', 'mdyy')}</th><th>{D('2025-07-14', 'mdyy')}</th><th>{D('2026-01-05', 'mdyy')}</th><th>Ref</th></tr>
<tr><td>Creatinine (mg/dL)</td><td>1.12</td><td>1.27</td><td>1.46 H</td><td>0.50-1.00</td></tr>
<tr><td>eGFR (mL/min/1.73m2)</td><td>52</td><td>45</td><td>38 L</td><td>&gt;59</td></tr>
<tr><td>Potassium (mmol/L)</td><td>4.6</td><td>4.9</td><td>5.1</td><td>3.5-5.1</td></tr>
<tr><td>Hemoglobin A1c (%)</td><td>7.9</td><td>7.6</td><td>7.4</td><td>&lt;5.7</td></tr>
<tr><td>Urine albumin/creatinine (mg/g)</td><td>&mdash;</td><td>41</td><td>310 H</td><td>&lt;30</td></tr>
<tr><td>Hemoglobin (g/dL)</td><td>12.8</td><td>12.4</td><td>11.6 L</td><td>12.0-15.5</td></tr>
</table>
<h2>Physical Exam</h2>
<p>General: well appearing, no distress. CV: regular rhythm, II/VI systolic ejection murmur at RUSB, unchanged.
Lungs: clear bilaterally. Ext: trace pitting edema at both ankles. Skin: no rash. Neuro: monofilament intact
bilaterally.</p>
<h2>Assessment and Plan</h2>
<ol>
<li><b>Chronic kidney disease, stage 3b (N18.32).</b> Progressive decline with new albuminuria. Hold further dose
increases of metformin; continue lisinopril at current dose; avoid NSAIDs. Renal ultrasound ordered. Refer to
nephrology for {esc(f['reason'])}.</li>
<li><b>Type 2 diabetes mellitus with diabetic chronic kidney disease (E11.22).</b> A1c 7.4. Will discuss SGLT2
inhibitor with nephrology; continue glipizide and reduced-dose metformin.</li>
<li><b>Essential hypertension (I10).</b> Near goal; continue amlodipine and lisinopril. Recheck BMP in 4 weeks.</li>
<li><b>Nonrheumatic aortic valve stenosis.</b> Stable; follows with Dr. Lieu, next echo due September 2026.</li>
</ol>
<div class="ord"><b>Orders placed this encounter</b><br>
US RENAL COMPLETE &mdash; Routine &mdash; Dx N18.32<br>
BASIC METABOLIC PANEL &mdash; Future, in 4 weeks &mdash; Dx I10, N18.32<br>
AMB REFERRAL TO NEPHROLOGY &mdash; To: Anand Kapoor, MD, Central Ohio Nephrology Associates, Fax {P('6144570219')}
&mdash; Dx: N18.32, E11.22 &mdash; Priority: Routine &mdash; Ordered {D(f['referral_date'], 'us')}</div>
<p style="margin-top:6px">Return to clinic in 3 months, sooner as needed. Patient verbalized understanding of plan.</p>
<div class="esig">Electronically signed by Rachel M. Stein, MD on {D(f['referral_date'], 'us')} at 17:42<br>
Family Medicine &middot; NPI {f['referring_npi']}</div>
"""
    body = sheet(p1, head, foot(1)) + sheet(p2, head, foot(2))
    return dict(html=page("PC01", css, body), fields=f, pages=2,
                kind="primary_care_progress_note_assessment_plan_refer_to_line_orders_section_pcp_to_nephrology",
                mode="standard", dropouts={2: 2},
                fax=dict(when="01/13/2026 08:47", name="OLENTANGY FAM MED", number=f["referring_fax"],
                         to="6144570219", fmt="a"))


# ====================================================================== PC02
def pc02():
    """Dictated neurology consult letter (Milwaukee suburbs) in Courier, addressed to the PCP who sent the patient;
    the plan says an urgent ophthalmology referral was placed; cc list names the ophthalmologist; D:/T: dictation
    marks; page 2 continuation header. No insurance, no patient phone."""
    f = {
        "patient_last_name": "Marchetti",
        "patient_first_name": "Alyssa",
        "patient_dob": "1994-07-02",
        "patient_sex": "F",
        "patient_mrn": "LN-0083315",
        "referring_provider": "Tomasz Wierzbicki",
        "referring_npi": npi("160544812"),
        "referring_phone": "4142594400",
        "referring_fax": "4142594417",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Nadia Petrov",
        "diagnosis_codes": ["G93.2", "H47.11"],
        "reason": "dilated fundus examination, OCT and formal Humphrey visual fields to document the papilledema "
                  "and establish a baseline before lumbar puncture",
        "urgency": "urgent",
        "referral_date": "2026-02-03",
    }
    css = """
body { font-family: 'Nimbus Mono PS', 'Liberation Mono', 'Courier New', monospace; font-size: 10pt; line-height:1.32; }
.lh { text-align:center; margin-bottom:10px; }
.lh .n { font-size:12.5pt; font-weight:bold; letter-spacing:1px; }
.lh .s { font-size:9pt; }
p { margin:0 0 8px 0; }
.re td { padding:0 10px 0 0; vertical-align:top; }
.cont { border-bottom:1px solid #000; margin-bottom:10px; padding-bottom:2px; font-size:9pt; }
.pfoot { font-size:8pt; text-align:center; }
.hd { font-weight:bold; text-decoration:underline; }
"""
    lh = f"""<div class="lh"><div class="n">LAKESHORE NEUROLOGY ASSOCIATES, S.C.</div>
<div class="s">1200 N. Mayfair Road, Suite 410 * Wauwatosa, Wisconsin 53226</div>
<div class="s">Tel {P(f['referring_phone'], 'dash')} * Fax {P(f['referring_fax'], 'dash')}</div></div>"""
    p1 = f"""{lh}
<p>{D(f['referral_date'], 'long')}</p>
<p>Jennifer Hale, MD<br>Brookfield Internal Medicine<br>17800 W. Capitol Drive<br>Brookfield, WI 53045</p>
<table class="re"><tr><td>RE:</td><td>MARCHETTI, ALYSSA</td></tr>
<tr><td>DOB:</td><td>{D(f['patient_dob'], 'us')} &nbsp; SEX: F</td></tr>
<tr><td>MRN:</td><td>{f['patient_mrn']}</td></tr>
<tr><td>DATE OF VISIT:</td><td>{D(f['referral_date'], 'us')}</td></tr></table>
<p style="margin-top:8px">Dear Dr. Hale:</p>
<p>Thank you for asking me to see Ms. Marchetti, a 31-year-old right-handed woman, in neurologic consultation for
daily headaches. As you know, she has had a holocephalic pressure-type headache for about four months, worse on
waking and with bending, with pulse-synchronous whooshing in both ears and two episodes of transient visual
obscuration lasting seconds. She gained roughly 30 pounds over the past year. She was started on minocycline by her
dermatologist, Dr. Carla Mendes, in September 2025 for acne, which she stopped on {D('2026-01-19', 'us')}.
Sumatriptan and naproxen have not helped.</p>
<p><span class="hd">PAST MEDICAL HISTORY:</span> Polycystic ovary syndrome, acne, anxiety. Tonsillectomy 2003.
<span class="hd">MEDICATIONS:</span> Combined oral contraceptive, sertraline 50 mg daily, naproxen as needed.
<span class="hd">ALLERGIES:</span> Penicillin (hives).
<span class="hd">SOCIAL:</span> Works as a dental hygienist. Never smoker. Rare alcohol.</p>
<p><span class="hd">EXAMINATION:</span> BP 124/78, pulse 84, weight 98.4 kg, BMI 36.1. Alert and fully oriented,
language normal. Visual acuity 20/25 OU with correction. Pupils equal and reactive, no afferent defect. Fundoscopy
shows bilateral optic disc swelling with blurred margins and loss of venous pulsations, grade 2 on the right and
grade 1-2 on the left. Mild left abducens weakness on far lateral gaze. Remaining cranial nerves, motor, sensory,
reflexes and gait are normal.</p>
<p><span class="hd">DATA:</span> MRI brain with and without contrast and MR venogram {D('2026-01-28', 'us')}: partially
empty sella, flattening of the posterior globes, bilateral transverse sinus narrowing; no mass, no venous sinus
thrombosis.</p>
"""
    head2 = (f'<div class="cont">MARCHETTI, ALYSSA &nbsp; DOB {D(f["patient_dob"], "us")} &nbsp; MRN '
             f'{f["patient_mrn"]} &nbsp; Page 2 of 2</div>')
    p2 = f"""
<p><span class="hd">IMPRESSION:</span><br>
1. Suspected idiopathic intracranial hypertension (G93.2) with recent minocycline exposure.<br>
2. Bilateral papilledema (H47.11), grade 1-2.<br>
3. Obesity, BMI 36.<br>
4. Medication-overuse component possible.</p>
<p><span class="hd">PLAN:</span><br>
1. I have placed an URGENT referral to ophthalmology, Dr. Nadia Petrov at the Milwaukee Eye Institute
(neuro-ophthalmology), for {esc(f['reason'])}. Referral diagnoses G93.2 and H47.11. Her office has agreed to see
Ms. Marchetti this week.<br>
2. Fluoroscopy-guided lumbar puncture with opening pressure and CSF studies to follow the eye examination.<br>
3. Start acetazolamide 500 mg twice daily after the LP if opening pressure is elevated; BMP at baseline and in two
weeks.<br>
4. Stop naproxen. Continue sertraline. Weight management referral discussed; she would like to start with her
primary care team.<br>
5. She was counseled to go to the emergency department for any sustained loss of vision.<br>
6. Return visit in four weeks, sooner after LP results.</p>
<p>Thank you again for allowing me to participate in her care. I will keep you informed.</p>
<p>Sincerely,</p>
<p style="margin-top:18px">Electronically signed by Tomasz Wierzbicki, MD on {D('2026-02-04', 'us')} 11:05<br>
Tomasz Wierzbicki, MD<br>Board Certified, Neurology &nbsp; NPI {f['referring_npi']}</p>
<p>TW/mk &nbsp; D: {D(f['referral_date'], 'us')} 16:10 &nbsp; T: {D('2026-02-04', 'us')} 09:22 &nbsp; Job #884120</p>
<p>cc:<br>
&nbsp;&nbsp;Jennifer Hale, MD, Brookfield Internal Medicine - fax {P('2627847731', 'dash')}<br>
&nbsp;&nbsp;Nadia Petrov, MD, Neuro-Ophthalmology, Milwaukee Eye Institute - fax {P('4149553368', 'dash')}<br>
&nbsp;&nbsp;Carla Mendes, MD, Dermatology<br>
&nbsp;&nbsp;Patient</p>
"""
    foot = "CONFIDENTIAL: This document contains protected health information."
    body = sheet(p1, "", foot) + sheet(p2, head2, foot)
    return dict(html=page("PC02", css, body), fields=f, pages=2,
                kind="dictated_neurology_consult_letter_courier_cc_list_plan_places_urgent_ophthalmology_referral",
                mode="fine", skew={1: 0.9},
                fax=dict(when="02/04/2026 11:31", name="LAKESHORE NEURO", number=f["referring_fax"],
                         to="4149553368", fmt="c"))


# ====================================================================== PC03
def pc03():
    """New-patient History & Physical (Lowell MA internal medicine) in Times, two pages, with the EHR's
    'Ambulatory Referral' order printout as page 3 (insurance and member ID only there). Header band with name,
    DOB, MRN, 'Page n of 3' on each page."""
    f = {
        "patient_last_name": "Tessier",
        "patient_first_name": "Raymond",
        "patient_dob": "1961-10-29",
        "patient_sex": "M",
        "patient_phone": "9784526610",
        "patient_mrn": "00928417",
        "insurance_payer": "Blue Cross Blue Shield of Massachusetts",
        "insurance_member_id": "XJC884120035",
        "referring_provider": "Priya Venkataraman",
        "referring_npi": npi("193370418"),
        "referring_phone": "9784583100",
        "referring_fax": "9784583129",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Daniel Szabo",
        "diagnosis_codes": ["D50.9", "R19.5"],
        "reason": "Iron deficiency anemia (Hgb 10.1, ferritin 6) with positive FIT; please evaluate for colonoscopy "
                  "and upper endoscopy",
        "urgency": "routine",
        "referral_date": "2026-01-20",
    }
    css = """
body { font-family: 'Liberation Serif', 'Nimbus Roman', 'Times New Roman', serif; font-size: 10.5pt; line-height:1.3; }
.band { display:flex; justify-content:space-between; border-top:1px solid #000; border-bottom:1px solid #000;
        padding:2px 0; margin-bottom:8px; font-size:9pt; }
.pfoot { font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
.lh { text-align:center; margin-bottom:4px; }
.lh b { font-size:14pt; }
h1 { font-size:13pt; text-align:center; margin:4px 0 8px 0; }
h3 { font-size:10.5pt; margin:8px 0 1px 0; text-transform:uppercase; }
p { margin:0 0 4px 0; }
.ob { font-family:'Liberation Sans', Arial, sans-serif; font-size:9.5pt; }
.ob h2 { font-size:11.5pt; margin:6px 0 4px 0; background:#000; color:#fff; padding:2px 5px; }
.ob table { width:100%; margin-bottom:6px; }
.ob td { padding:2px 5px; border:1px solid #888; vertical-align:top; }
.ob td.l { width:1.6in; background:#eee; font-weight:bold; }
"""
    lh = f"""<div class="lh"><b>Harbor Point Internal Medicine</b><br>85 Nashua Street, Suite 2B, Lowell, MA 01852
&nbsp;|&nbsp; Tel {P(f['referring_phone'])} &nbsp;|&nbsp; Fax {P(f['referring_fax'])}</div>"""

    def head(n):
        return (f'<div class="band"><span>Patient: Tessier, Raymond P.</span><span>DOB: {D(f["patient_dob"], "us")}'
                f'</span><span>MRN: {f["patient_mrn"]}</span><span>Page {n} of 3</span></div>')

    foot = (f'<span>Harbor Point Internal Medicine</span><span>Printed {D("2026-01-21", "us")} 08:12 by mlaroche</span>'
            f'<span>CONFIDENTIAL</span>')
    p1 = f"""{lh}<h1>HISTORY AND PHYSICAL &mdash; NEW PATIENT</h1>
<p><b>Date of service:</b> {D(f['referral_date'], 'us')} &nbsp;&nbsp; <b>Provider:</b> Priya Venkataraman, MD
&nbsp;&nbsp; <b>Sex:</b> Male &nbsp;&nbsp; <b>Age:</b> 64</p>
<p><b>Previous PCP:</b> Stephen Mulcahy, MD (retired); records received {D('2026-01-06', 'us')}.</p>
<h3>Chief complaint</h3>
<p>Establish care; fatigue; abnormal stool test.</p>
<h3>History of present illness</h3>
<p>Mr. Tessier is a 64-year-old man establishing care after his prior physician retired. Over the past six months he
has noticed increasing fatigue and exertional breathlessness climbing two flights of stairs. He mailed in a fecal
immunochemical test in December that returned positive on {D('2025-12-16', 'us')}. He has never had a colonoscopy.
He denies melena, hematochezia, abdominal pain, dysphagia or weight loss, though he takes ibuprofen 400 mg two to
three times weekly for knee pain. No chest pain or syncope. Labs drawn at the prior office on {D('2026-01-09', 'us')}
showed hemoglobin 10.1 g/dL, MCV 74 fL and ferritin 6 ng/mL.</p>
<h3>Past medical history</h3>
<p>Hypertension (2012). Gout, last flare 2024. Hyperlipidemia. Right knee osteoarthritis.</p>
<h3>Past surgical history</h3>
<p>Right knee arthroscopy, {D('2014-05-12', 'us')}. Inguinal hernia repair, left, 1998.</p>
<h3>Medications</h3>
<p>Losartan 50 mg daily; allopurinol 100 mg daily; rosuvastatin 10 mg daily; ibuprofen 400 mg as needed;
multivitamin daily.</p>
<h3>Allergies</h3>
<p>No known drug allergies.</p>
<h3>Family history</h3>
<p>Father with colon cancer diagnosed at age 71, deceased at 78. Mother with type 2 diabetes. Brother with coronary
artery disease, stent at 58.</p>
<h3>Social history</h3>
<p>Retired machinist; lives with his wife in Dracut. Former smoker, 20 pack-years, quit 2005. Two beers a week. No
drug use.</p>
<h3>Review of systems</h3>
<p>Constitutional: fatigue, no fevers or night sweats. Cardiac: exertional dyspnea as above, no orthopnea.
GI: as per HPI. GU: nocturia once nightly. Musculoskeletal: bilateral knee pain. All other systems negative.</p>
"""
    p2 = f"""
<h3>Physical examination</h3>
<p>BP 132/84, pulse 88, temperature 98.1 &deg;F, respiratory rate 16, SpO2 98% on room air, weight 91.2 kg, BMI 29.4.</p>
<p>General: pleasant, conjunctival pallor. HEENT: no glossitis. Neck: supple, no lymphadenopathy, no thyromegaly.
Cardiovascular: regular rate and rhythm, soft flow murmur at the left sternal border. Lungs: clear. Abdomen: soft,
non-tender, no hepatosplenomegaly, no masses. Rectal: deferred to endoscopy. Extremities: crepitus of the right knee,
no edema. Skin: no petechiae.</p>
<h3>Data reviewed</h3>
<p>CBC {D('2026-01-09', 'us')}: WBC 6.8, Hgb 10.1, MCV 74, platelets 412. Iron 22, TIBC 468, transferrin saturation 5%,
ferritin 6. CMP normal, creatinine 0.94. ECG {D('2024-03-11', 'us')} (from prior office): sinus rhythm, no acute
changes. His brother's cardiologist, Dr. Alan Whitcomb, performed a stress test for Mr. Tessier in 2022, reported
normal.</p>
<h3>Assessment and plan</h3>
<p>64-year-old man with iron deficiency anemia and a positive FIT, never screened by colonoscopy, with a first-degree
relative with colon cancer and regular NSAID use.</p>
<p>1. Iron deficiency anemia, unspecified &mdash; gastrointestinal blood loss is the leading concern. Referral to
gastroenterology placed today for bidirectional endoscopy (see order). Start ferrous sulfate 325 mg every other day.
Repeat CBC and ferritin in six weeks.<br>
2. Positive fecal immunochemical test &mdash; as above.<br>
3. NSAID use &mdash; stop ibuprofen; acetaminophen up to 3 g/day for knee pain.<br>
4. Hypertension &mdash; controlled on losartan; continue.<br>
5. Gout &mdash; stable on allopurinol.<br>
6. Health maintenance &mdash; Shingrix #1 given today; low-dose CT lung screening not indicated (quit &gt;15 years).</p>
<p>Return in six weeks or sooner after endoscopy.</p>
<p style="margin-top:14px">Electronically signed by Priya Venkataraman, MD &nbsp; {D(f['referral_date'], 'us')} 16:58<br>
Internal Medicine, Harbor Point Internal Medicine</p>
"""
    p3 = f"""{lh}
<div class="ob">
<h2>AMBULATORY REFERRAL TO GASTROENTEROLOGY</h2>
<table>
<tr><td class="l">Order #</td><td>448120375</td><td class="l">Status</td><td>Signed</td></tr>
<tr><td class="l">Ordered on</td><td>{D(f['referral_date'], 'us')}</td><td class="l">Priority</td><td>Routine</td></tr>
<tr><td class="l">Patient</td><td>Tessier, Raymond P.</td><td class="l">Sex</td><td>Male</td></tr>
<tr><td class="l">Date of birth</td><td>{D(f['patient_dob'], 'us')}</td><td class="l">MRN</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Patient phone</td><td>{P(f['patient_phone'])} (mobile)</td><td class="l">Alt. phone</td><td>{P('9784529033')} (wife, Denise)</td></tr>
<tr><td class="l">Address</td><td colspan="3">27 Lakeview Ave, Dracut, MA 01826</td></tr>
<tr><td class="l">Primary coverage</td><td>{f['insurance_payer']}</td><td class="l">Subscriber ID</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Plan / Group</td><td>HMO Blue New England / 004471209</td><td class="l">Auth required</td><td>Yes &mdash; pending</td></tr>
</table>
<table>
<tr><td class="l">Referred to</td><td>Daniel Szabo, MD</td><td class="l">Specialty</td><td>Gastroenterology</td></tr>
<tr><td class="l">Department</td><td colspan="3">Lowell GI Associates, 295 Varnum Ave, Lowell, MA 01854 &nbsp; Ph {P('9789375400')} &nbsp; Fax {P('9789375411')}</td></tr>
<tr><td class="l">Diagnoses</td><td colspan="3">D50.9 &nbsp; Iron deficiency anemia, unspecified<br>R19.5 &nbsp; Other fecal abnormalities (positive FIT)</td></tr>
<tr><td class="l">Reason for referral</td><td colspan="3">{esc(f['reason'])}</td></tr>
<tr><td class="l">Requested</td><td colspan="3">Consult and procedure &nbsp;&middot;&nbsp; Number of visits: 2 &nbsp;&middot;&nbsp; Expires {D('2026-07-19', 'us')}</td></tr>
</table>
<table>
<tr><td class="l">Ordering provider</td><td>Priya Venkataraman, MD</td><td class="l">NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Provider phone</td><td>{P(f['referring_phone'])}</td><td class="l">Provider fax</td><td>{P(f['referring_fax'])}</td></tr>
<tr><td class="l">Authorizing</td><td colspan="3">Electronically signed by Priya Venkataraman, MD on {D(f['referral_date'], 'us')} 16:58</td></tr>
</table>
<p>Please fax the consultation note and procedure reports to {P(f['referring_fax'])}. Attached: H&amp;P of {D(f['referral_date'], 'us')} (2 pages).</p>
</div>
"""
    body = sheet(p1, head(1), foot) + sheet(p2, head(2), foot) + sheet(p3, head(3), foot)
    return dict(html=page("PC03", css, body), fields=f, pages=3,
                kind="new_patient_history_and_physical_times_with_ehr_referral_order_last_page_im_to_gastroenterology",
                mode="standard", skew={3: 1.1}, dropouts={1: 2},
                fax=dict(when="01/21/2026 08:20", name="HARBOR POINT IM", number=f["referring_fax"],
                         to="9789375411", fmt="e"))


# ====================================================================== PC04
def pc04():
    """Patient-facing After Visit Summary (Sioux Falls family medicine, PA-C visit), sans, two pages: 'Today's
    diagnoses' with a well-visit code, vitals, immunizations given, medication list, a 'Referrals placed' box
    (allergy); no NPI anywhere. Clinic phone/fax in the footer band."""
    f = {
        "patient_last_name": "Vrba",
        "patient_first_name": "Jordan",
        "patient_dob": "2009-05-18",
        "patient_sex": "M",
        "patient_phone": "6053107744",
        "patient_mrn": "20417733",
        "insurance_payer": "Avera Health Plans",
        "insurance_member_id": "AHP20471188",
        "referring_provider": "Megan Oyelaran",
        "referring_phone": "6053362840",
        "referring_fax": "6053362877",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Colleen Brandt",
        "diagnosis_codes": ["L50.0", "J30.2"],
        "reason": "Recurrent hives and seasonal allergic rhinitis not controlled on daily cetirizine; evaluate for "
                  "allergy testing and treatment plan",
        "urgency": "routine",
        "referral_date": "2026-03-06",
    }
    css = """
body { font-family: 'Liberation Sans', 'Nimbus Sans', Arial, sans-serif; font-size: 9.5pt; line-height:1.35; }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid #000; padding-bottom:4px; }
.top .t { font-size:18pt; font-weight:bold; }
.top .r { text-align:right; font-size:9pt; }
.band { font-size:8.5pt; display:flex; justify-content:space-between; border-bottom:1px solid #000; padding:2px 0;
        margin-bottom:8px; }
h2 { font-size:11.5pt; margin:10px 0 3px 0; }
.box { border:1.5px solid #000; padding:5px 8px; margin:4px 0; }
table.l { width:100%; } table.l td { padding:2px 4px; vertical-align:top; border-bottom:1px solid #ccc; }
p { margin:0 0 5px 0; }
.pfoot { font-size:8pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between; }
"""
    band = (f'<div class="band"><span>Jordan T. Vrba</span><span>DOB: {D(f["patient_dob"], "us")}</span>'
            f'<span>MRN: {f["patient_mrn"]}</span><span>Visit date: {D(f["referral_date"], "abbr")}</span></div>')

    def foot(n):
        return (f'<span>Prairie Ridge Clinic &ndash; Family Medicine &middot; 2200 W 41st St, Sioux Falls, SD 57105</span>'
                f'<span>Phone {P(f["referring_phone"], "dash")} &middot; Fax {P(f["referring_fax"], "dash")}</span>'
                f'<span>Page {n} of 2</span>')

    p1 = f"""<div class="top"><div class="t">After Visit Summary</div>
<div class="r">Prairie Ridge Clinic &ndash; Family Medicine<br>{D(f['referral_date'], 'abbr')} 10:20 AM</div></div>
{band}
<p><b>Jordan T. Vrba</b> &nbsp; Male &nbsp; Age 16 &nbsp;&middot;&nbsp; Instructions from Megan Oyelaran, PA-C</p>
<h2>Today's Visit</h2>
<p>You saw Megan Oyelaran, PA-C on {D(f['referral_date'], 'long')} for a well-child check and for hives.</p>
<table class="l">
<tr><td><b>Today's diagnoses</b></td><td>Encounter for routine child health examination without abnormal findings (Z00.129)<br>
Allergic urticaria (L50.0)<br>Seasonal allergic rhinitis (J30.2)<br>Mild intermittent asthma, uncomplicated (J45.20)</td></tr>
<tr><td><b>Vitals</b></td><td>BP 116/70 &middot; Pulse 68 &middot; Temp 98.2 &deg;F &middot; Ht 5' 10" &middot; Wt 148 lb &middot; BMI 21.2 &middot; SpO2 99%</td></tr>
<tr><td><b>Immunizations given</b></td><td>Meningococcal ACWY (MenQuadfi), dose 2 &middot; Influenza, 2025-26 (declined)</td></tr>
</table>
<h2>Referrals placed</h2>
<div class="box">
<p><b>Referral to Allergy and Immunology</b> &nbsp; Priority: Routine &nbsp; Ordered {D(f['referral_date'], 'us')}</p>
<p>Referred to: <b>Colleen Brandt, MD</b> &ndash; Dakota Allergy &amp; Asthma Center, 1901 S Marion Rd, Sioux Falls, SD 57106
&nbsp; Phone {P('6053344120', 'dash')} &nbsp; Fax {P('6053344129', 'dash')}</p>
<p>Reason: {esc(f['reason'])}</p>
<p>Diagnoses: Allergic urticaria (L50.0); Seasonal allergic rhinitis (J30.2)</p>
<p>Referred by: Megan Oyelaran, PA-C. Dakota Allergy &amp; Asthma will call you within 5 business days. If you do not
hear from them, call {P('6053344120', 'dash')}.</p>
</div>
<h2>What's Next</h2>
<table class="l">
<tr><td>{D('2026-04-10', 'abbr')} 3:40 PM</td><td>Dental cleaning &ndash; Smile Dakota Dental (not scheduled by this clinic)</td></tr>
<tr><td>{D('2027-03-08', 'abbr')}</td><td>Well-child visit with Megan Oyelaran, PA-C (please call to schedule)</td></tr>
</table>
<h2>Instructions from your provider</h2>
<p>Keep taking cetirizine 10 mg every day. Do not take antihistamines for 5 days before your allergy appointment
(they block the skin test). Keep a diary of when the hives happen and what you ate or touched. Use your albuterol
inhaler before soccer practice. Call us or go to the emergency department right away if you have lip or tongue
swelling, trouble breathing or trouble swallowing.</p>
"""
    p2 = f"""{band}
<h2>Your Medication List</h2>
<table class="l">
<tr><td><b>cetirizine</b> 10 MG tablet</td><td>Take 1 tablet (10 mg total) by mouth daily.</td></tr>
<tr><td><b>fluticasone propionate</b> 50 MCG/ACT nasal spray</td><td>2 sprays in each nostril daily during spring and fall. <i>New today</i></td></tr>
<tr><td><b>albuterol</b> 90 MCG/ACT inhaler</td><td>Inhale 2 puffs every 4 hours as needed for wheezing; 2 puffs 15 min before exercise.</td></tr>
<tr><td><b>EPINEPHrine</b> 0.3 MG/0.3ML auto-injector</td><td>Inject 0.3 mg into the outer thigh once as needed for severe allergic reaction. <i>New today</i></td></tr>
</table>
<h2>Allergies as of {D(f['referral_date'], 'abbr')}</h2>
<p>Amoxicillin (rash, age 4). No food allergies confirmed.</p>
<h2>Your Contact Information on File</h2>
<table class="l">
<tr><td>Address</td><td>5108 S Cliff Ave, Sioux Falls, SD 57108</td></tr>
<tr><td>Home phone</td><td>{P(f['patient_phone'])}</td></tr>
<tr><td>Parent/guardian</td><td>Andrea Vrba (mother), mobile {P('6053109218')}</td></tr>
<tr><td>Primary coverage</td><td>{f['insurance_payer']} &nbsp;&middot;&nbsp; Member ID {f['insurance_member_id']}</td></tr>
<tr><td>Primary care provider</td><td>Megan Oyelaran, PA-C</td></tr>
<tr><td>Pharmacy</td><td>Lewis Drug #12, 2700 W 41st St, Sioux Falls &middot; {P('6053360550', 'dash')}</td></tr>
</table>
<h2>Lab results from your last visit</h2>
<p>CBC with differential, {D('2025-11-14', 'abbr')}: normal, eosinophils 6% (slightly high). Total IgE: 412 IU/mL (high).</p>
<h2>MyChart</h2>
<p>Sign up at mychart.prairieridgeclinic.org with activation code 7KQ2-WD4P-9XTA (expires in 30 days). Questions
about this summary? Call the clinic at {P(f['referring_phone'], 'dash')}.</p>
"""
    body = sheet(p1, "", foot(1)) + sheet(p2, "", foot(2))
    return dict(html=page("PC04", css, body), fields=f, pages=2,
                kind="after_visit_summary_referrals_placed_section_pa_c_no_npi_family_medicine_to_allergy",
                mode="fine",
                fax=dict(when="03/06/2026 12:02", name="PRAIRIE RIDGE CLINIC", number=f["referring_fax"],
                         to="6053344129", fmt="h"))


# ====================================================================== PC05
def pc05():
    """Telehealth (video) visit note (Harrisburg PA primary care) in Times: consent/location statement, patient-
    reported vitals, incidental lung nodule on a coronary calcium CT ordered by the cardiologist; the plan places a
    pulmonology referral to a practice, no named pulmonologist, no urgency word."""
    f = {
        "patient_last_name": "Lindgren",
        "patient_first_name": "Harold",
        "patient_dob": "1952-12-05",
        "patient_sex": "M",
        "patient_phone": "7175590183",
        "patient_mrn": "SV0194472",
        "insurance_payer": "Highmark Blue Shield",
        "insurance_member_id": "HMK903117485",
        "referring_provider": "Owen Kessler",
        "referring_npi": npi("171209935"),
        "referring_phone": "7172334180",
        "referring_fax": "7172334196",
        "referred_to_specialty": "pulmonology",
        "diagnosis_codes": ["R91.1", "R05.3", "Z87.891"],
        "reason": "8 mm solid right upper lobe nodule on CT and chronic cough for 10 weeks in a former smoker; "
                  "please evaluate and advise on PET-CT versus biopsy versus surveillance",
        "urgency": "routine",
        "referral_date": "2026-02-11",
    }
    css = """
body { font-family: 'Nimbus Roman', 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; line-height:1.3; }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #000; padding-bottom:3px; }
.lh .n { font-size:14pt; font-weight:bold; }
.lh .r { text-align:right; font-size:9pt; }
.band { font-size:9pt; display:flex; justify-content:space-between; background:#ddd; padding:2px 4px; margin:4px 0 8px 0; }
h1 { font-size:12.5pt; margin:6px 0 4px 0; }
h3 { font-size:10.5pt; margin:7px 0 1px 0; }
p { margin:0 0 4px 0; }
table.i td { padding:0 12px 0 0; vertical-align:top; }
.pfoot { font-size:8pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between; }
"""
    lh = f"""<div class="lh"><div><div class="n">Susquehanna Valley Primary Care</div>
<div style="font-size:9pt">1020 N Front Street, Harrisburg, PA 17102</div></div>
<div class="r">Phone {P(f['referring_phone'])}<br>Fax {P(f['referring_fax'])}</div></div>"""

    def band(n):
        return (f'<div class="band"><span>LINDGREN, HAROLD E</span><span>DOB {D(f["patient_dob"], "us")}</span>'
                f'<span>MRN {f["patient_mrn"]}</span><span>Page {n} of 2</span></div>')

    foot = (f'<span>Telehealth Visit Note &middot; Lindgren, Harold E &middot; {D(f["referral_date"], "us")}</span>'
            f'<span>Susquehanna Valley Primary Care &middot; Fax {P(f["referring_fax"])}</span>')
    p1 = f"""{lh}{band(1)}
<h1>Telehealth Visit Note (Video)</h1>
<table class="i">
<tr><td><b>Date of service:</b> {D(f['referral_date'], 'us')}</td><td><b>Provider:</b> Owen T. Kessler, DO</td></tr>
<tr><td><b>Sex:</b> Male &nbsp; <b>Age:</b> 73</td><td><b>Platform:</b> Doxy.me, audio and video</td></tr>
<tr><td><b>Coverage:</b> {f['insurance_payer']}</td><td><b>Member ID:</b> {f['insurance_member_id']}</td></tr>
<tr><td colspan="2"><b>Call-back number if video drops:</b> {P(f['patient_phone'])} (cell)</td></tr>
</table>
<p style="margin-top:5px"><i>The patient was located at his home in Mechanicsburg, PA; the provider was located at
the clinic. The patient consented verbally to a video visit after the limits of telehealth were explained. His wife,
Karen, was present with his permission.</i></p>
<h3>Chief complaint</h3>
<p>Review of CT result; cough.</p>
<h3>History of present illness</h3>
<p>Mr. Lindgren is a 73-year-old man seen by video to discuss an incidental lung nodule. His cardiologist, Dr. Miriam
Castellanos of Capital Heart Associates, ordered a coronary artery calcium CT on {D('2026-01-22', 'us')} for risk
stratification. The calcium score was 186, but the radiologist also reported an 8 mm solid nodule in the right upper
lobe with a recommendation for further evaluation. There is no prior chest CT for comparison; chest X-ray
{D('2023-08-30', 'us')} was clear.</p>
<p>He reports a dry cough for about ten weeks that started after a cold around Thanksgiving, worse at night, with no
hemoptysis, fever or night sweats. Weight stable at 79 kg by his home scale. Mild dyspnea walking uphill, unchanged
for years. He smoked one pack per day from age 18 to 58 (40 pack-years) and quit in 2010. Worked 30 years at a
steel fabrication plant. He is not on an ACE inhibitor.</p>
<h3>Current medications</h3>
<p>Metoprolol succinate 25 mg daily; rosuvastatin 20 mg daily (started by Dr. Castellanos {D('2026-01-29', 'us')});
tamsulosin 0.4 mg nightly; fluticasone nasal spray as needed.</p>
<h3>Allergies</h3>
<p>Codeine (nausea).</p>
<h3>Patient-reported vitals</h3>
<p>BP 134/76 and pulse 64 (home cuff, this morning); temperature 98.0 &deg;F; SpO2 95% on a home pulse oximeter;
weight 79.2 kg.</p>
"""
    p2 = f"""{band(2)}
<h3>Observed on video</h3>
<p>Alert, conversational in full sentences, no audible wheeze, no increased work of breathing, occasional dry cough
during the visit. No cyanosis. Exam otherwise limited by the video format.</p>
<h3>Data reviewed</h3>
<p>CT cardiac calcium scoring {D('2026-01-22', 'us')}: Agatston score 186 (LAD 142, RCA 44). Incidental 8 mm solid
nodule, right upper lobe, smooth margins; mild centrilobular emphysema. Spirometry {D('2024-02-07', 'us')}: FEV1/FVC 0.68,
FEV1 82% predicted. PSA {D('2025-11-03', 'us')}: 2.1.</p>
<h3>Assessment</h3>
<p>1. Solitary pulmonary nodule, 8 mm, right upper lobe (R91.1) &mdash; high-risk patient by age and smoking history.<br>
2. Chronic cough (R05.3), post-viral versus related to underlying COPD; no red flags besides the nodule.<br>
3. Personal history of nicotine dependence (Z87.891), 40 pack-years, quit 2010.<br>
4. Coronary artery calcification, followed by cardiology; on statin.<br>
5. Benign prostatic hyperplasia, stable on tamsulosin.</p>
<h3>Plan</h3>
<p>&bull; Referral to pulmonology placed today to Pinnacle Pulmonary &amp; Sleep Medicine (first available pulmonologist),
Dx R91.1, R05.3, Z87.891. Reason for referral: {esc(f['reason'])}.<br>
&bull; Trial of benzonatate 100 mg three times daily as needed for cough; chest X-ray two views at the clinic lab this week.<br>
&bull; Copy of this note to Dr. Castellanos.<br>
&bull; He will enroll in our lung cancer screening registry once the nodule is addressed.<br>
&bull; Follow-up in person in 4 weeks, or sooner for hemoptysis, fever or worsening breathing.</p>
<p>Total time on date of service: 28 minutes, including record review and documentation.</p>
<p style="margin-top:14px">Electronically signed by Owen T. Kessler, DO on {D(f['referral_date'], 'us')} 15:36<br>
Family Medicine &middot; NPI {f['referring_npi']}<br>
Susquehanna Valley Primary Care &middot; Phone {P(f['referring_phone'])} &middot; Fax {P(f['referring_fax'])}</p>
<p style="font-size:9pt">Sent to: Pinnacle Pulmonary &amp; Sleep Medicine, Fax {P('7177824406')}; cc: Miriam Castellanos, MD,
Capital Heart Associates, Fax {P('7177631159')}</p>
"""
    body = sheet(p1, "", foot) + sheet(p2, "", foot)
    return dict(html=page("PC05", css, body), fields=f, pages=2,
                kind="telehealth_video_visit_note_times_plan_pulmonology_referral_to_practice_no_named_specialist",
                mode="standard", urgency_printed=False, skew={2: -1.2},
                fax=dict(when="02/11/2026 16:05", name="SUSQ VALLEY PC", number=f["referring_fax"],
                         to="7177824406", fmt="f"))
