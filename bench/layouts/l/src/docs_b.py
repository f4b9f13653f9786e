"""NR06-NR10 document builders. Each returns dict(html, fields, pages, kind, mode, fax).

Theme of set L: telephone-encounter note, block letter with an RE: line, numbered intake questionnaire,
grey-shaded label form, landscape page rotated onto a portrait fax page.
"""
from common import npi, P, D, box, page


# ====================================================================== NR06
def nl06():
    """Telephone encounter / message note printout: patient call, nurse triage, provider reply, referral order."""
    f = {
        "patient_last_name": "Marchbanks",
        "patient_first_name": "Theodore",
        "patient_dob": "1958-04-30",
        "patient_sex": "M",
        "patient_phone": "5034418260",
        "patient_mrn": "100392847",
        "insurance_payer": "Aetna Medicare Advantage PPO",
        "insurance_member_id": "W284150773",
        "referring_provider": "Ingrid Solberg",
        "referring_npi": npi("170035912"),
        "referring_phone": "5036254000",
        "referring_fax": "5036254090",
        "referred_to_specialty": "dermatology",
        "referred_to_provider": "Colleen Hardesty",
        "diagnosis_codes": ["D48.5", "L57.0"],
        "reason": "Enlarging, intermittently bleeding pearly lesion on the left temple, about 8 mm, present 4 months; history of actinic keratoses. Evaluate and biopsy.",
        "urgency": "routine",
        "referral_date": "2026-11-20",
    }
    css = """
body { font-family: 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 8.5pt; }
.bar { display:flex; justify-content:space-between; border-top:2px solid #000; border-bottom:2px solid #000; padding:2px 0; font-weight:bold; }
.demo { display:grid; grid-template-columns: 1.1fr 1fr 1fr; gap:0 12px; margin:4px 0 6px 0; line-height:1.35; }
.ttl { font-size:11pt; font-weight:bold; margin:6px 0 2px 0; }
.msg { border:1px solid #000; margin:6px 0; }
.msg .mh { display:flex; justify-content:space-between; border-bottom:1px dashed #000; padding:2px 5px; font-weight:bold; }
.msg .mb { padding:3px 6px 4px 6px; line-height:1.35; white-space:pre-wrap; }
.ord { border:2px solid #000; padding:4px 6px; margin-top:6px; line-height:1.4; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div style="display:flex;justify-content:space-between;align-items:flex-end">
<div><b style="font-size:11pt">ROSE CITY INTERNAL MEDICINE</b><br>5440 NE Sandy Blvd, Portland, OR 97213</div>
<div style="text-align:right">Main {P(f['referring_phone'],'dash')}<br>Appointments {P('5036254011','dash')}<br>Fax {P(f['referring_fax'],'dash')}</div></div>
<div class="ttl">TELEPHONE ENCOUNTER</div>
<div class="bar"><span>MARCHBANKS, THEODORE J "TED"</span><span>MRN {f['patient_mrn']}</span><span>DOB {D(f['patient_dob'],'us')} (68 y)</span><span>M</span></div>
<div class="demo">
<div>Home ph: none on file<br>Cell ph: {P(f['patient_phone'],'dash')} (preferred)<br>Alt contact: Joyce Marchbanks (spouse) {P('5034418301','dash')}</div>
<div>PCP: Ingrid Solberg, NP<br>Ins 1: {f['insurance_payer']}<br>Member ID: {f['insurance_member_id']}</div>
<div>Encounter: {D('2026-11-19','us')}<br>Type: Patient call / advice<br>Status: Closed {D(f['referral_date'],'us')}</div>
</div>
<div class="msg"><div class="mh"><span>Message from patient</span><span>{D('2026-11-19','us')} 09:41 &nbsp; taken by: K. Dunleavy (front desk)</span></div>
<div class="mb">Pt calling re: spot on left side of forehead by hairline, says it has been there "since summer",
keeps scabbing and bleeding when he shaves. Wife made him call. Asking for a referral to a skin doctor,
would like Dr. Hardesty at Riverbend Dermatology because his brother goes there.
Callback # {P(f['patient_phone'],'dash')} &ndash; ok to leave detailed msg.</div></div>
<div class="msg"><div class="mh"><span>Nurse triage note</span><span>{D('2026-11-19','us')} 11:02 &nbsp; Marisela Ochoa, RN</span></div>
<div class="mb">Called pt back at {P(f['patient_phone'],'dash')}. Lesion approx the size of a pencil eraser (~8 mm), "shiny", raised edge,
bleeds with minor trauma, present ~4 months and slowly growing. No pain, no fever. Hx multiple AKs treated with
cryo 2023. Hx of significant sun exposure (roofer x 30 yrs). Sent pt-uploaded photo to provider.
Routing to PCP for referral approval. Advised to cover with bandage, avoid picking.</div></div>
<div class="msg"><div class="mh"><span>Provider response</span><span>{D(f['referral_date'],'us')} 07:55 &nbsp; Ingrid Solberg, NP</span></div>
<div class="mb">Photo reviewed &ndash; concerning for BCC. OK to refer to dermatology, routine is fine but please ask
them to get him in within the next few weeks. Dx D48.5, L57.0. Referral signed.</div></div>
<div class="msg"><div class="mh"><span>Staff note</span><span>{D(f['referral_date'],'us')} 10:20 &nbsp; Marisela Ochoa, RN</span></div>
<div class="mb">Pt notified at cell #, agrees. Referral + photo + last OV faxed to Riverbend Dermatology {P('5032318877','dash')}.
Riverbend scheduling {P('5032318800','dash')} given to pt.</div></div>
<div class="ord"><b>ORDER: Referral to Dermatology</b> &nbsp; #RF-4471902<br>
Refer to: Colleen Hardesty, MD &ndash; Riverbend Dermatology, 2211 NW Everett St, Portland OR 97210<br>
Priority: Routine &nbsp;&nbsp; Visits requested: 1 consult + 2 follow-up &nbsp;&nbsp; Order date: {D(f['referral_date'],'us')}<br>
Diagnoses: D48.5 Neoplasm of uncertain behavior of skin; L57.0 Actinic keratosis<br>
Reason: {f['reason']}<br>
Authorizing provider: Ingrid Solberg, NP &nbsp; NPI {f['referring_npi']} &nbsp; Ph {P(f['referring_phone'],'dash')} &nbsp; Fax {P(f['referring_fax'],'dash')}</div>
<div class="ft"><span>Printed {D(f['referral_date'],'us')} 10:24 by MOCHOA</span><span>Telephone Encounter &ndash; MARCHBANKS, THEODORE J</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NR06", css, body), fields=f, pages=1,
                kind="telephone_encounter_message_thread_printout_nurse_documents_referral_to_dermatology", mode="fine",
                fax=dict(when="11/20/2026 10:26", name="ROSE CITY INT MED", number=f["referring_fax"],
                         to="5032318877", fmt="g"))


# ====================================================================== NR07
def nl07():
    """Full-block referral letter; the RE: line carries name, DOB and member ID in one line; ICD codes without dots."""
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Thaddeus",
        "patient_dob": "1954-11-03",
        "patient_sex": "M",
        "patient_phone": "6152947718",
        "insurance_payer": "BlueCross BlueShield of Tennessee",
        "insurance_member_id": "YHZ770128404",
        "referring_provider": "Colette Ambrose-Dunn",
        "referring_npi": npi("188306247"),
        "referring_phone": "6153208840",
        "referring_fax": "6153208846",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Priscilla Vanterpool",
        "diagnosis_codes": ["M06.9", "R76.8", "M25.541", "M25.542"],
        "reason": "suspected seropositive rheumatoid arthritis",
        "urgency": "routine",
        "referral_date": "2026-11-18",
    }
    css = """
body { font-family: 'P052', 'Palatino Linotype', 'Book Antiqua', serif; font-size: 12pt; line-height:1.32; }
.lh { font-size:10pt; line-height:1.25; margin-bottom:0.3in; }
.lh b { font-size:12pt; letter-spacing:0.5px; }
p { margin:0 0 0.13in 0; }
.re { font-weight:bold; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; }
"""
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="lh"><b>COLETTE AMBROSE-DUNN, M.D.</b><br>Internal Medicine<br>2000 Church Street, Suite 404<br>Nashville, Tennessee 37236<br>
Telephone {P(f['referring_phone'],'dot')} &nbsp;&middot;&nbsp; Facsimile {P(f['referring_fax'],'dot')}</div>
<p>{D(f['referral_date'],'long')}</p>
<p>Priscilla Vanterpool, M.D.<br>Music City Arthritis &amp; Rheumatology<br>4230 Harding Pike, Suite 610<br>Nashville, Tennessee 37205<br>
Via facsimile: {P('6152691150','dot')}</p>
<p class="re">RE: Thaddeus M. Kowalczyk &nbsp; DOB {D(f['patient_dob'],'cerner')} &nbsp; BCBST Member ID {f['insurance_member_id']}</p>
<p>Dear Dr. Vanterpool:</p>
<p>Thank you for agreeing to see Mr. Kowalczyk, a 72-year-old male retired machinist whom I am referring for evaluation of
suspected seropositive rheumatoid arthritis.</p>
<p>Since late summer he has had symmetric pain and swelling of the second and third MCP joints and the PIP joints of both hands,
with morning stiffness lasting about two hours, and more recently of both wrists. On examination on October 29 there was
synovitis of the right 2nd and 3rd MCPs and the left 2nd MCP. Rheumatoid factor was 86 IU/mL and anti-CCP 212 U, ESR 48 mm/h,
CRP 2.9 mg/dL. Hand radiographs show periarticular osteopenia without erosions. He has taken naproxen 500 mg twice daily
with partial benefit; I have not started a steroid or a DMARD so as not to cloud your assessment.</p>
<p>Other history includes hypertension (amlodipine 5 mg), hyperlipidemia (rosuvastatin 10 mg) and remote hepatitis A.
Hepatitis B and C serologies and a QuantiFERON are pending. Diagnosis codes for this referral: M069, R768, M25541, M25542 (ICD-10).</p>
<p>His insurance is BlueCross BlueShield of Tennessee (member ID above). He can be reached at home at {P(f['patient_phone'],'dot')};
his daughter Agnieszka, who drives him, is at {P('6159043325','dot')}. Recent notes and laboratory results are enclosed.</p>
<p>Please send your consultation note to my office by fax at {P(f['referring_fax'],'dot')}.</p>
<p>Sincerely,</p>
<p style="font-family:'Z003',cursive;font-size:18pt;margin:0">Colette Ambrose-Dunn</p>
<p>Colette Ambrose-Dunn, M.D.<br>NPI {f['referring_npi']}</p>
<p style="font-size:10pt">Enclosures: office notes 10/29/2026, laboratory results, hand radiograph report<br>cc: patient chart</p>
</div></div>"""
    return dict(html=page("NR07", css, p1), fields=f, pages=1,
                kind="full_block_referral_letter_re_line_with_name_dob_member_id_dotless_icd_codes_to_rheumatology",
                mode="standard", urgency_printed=False,
                fax=dict(when="11/18/2026 15:50", name="AMBROSE-DUNN MD", number=f["referring_fax"],
                         to="6152691150", fmt="h"))


# ====================================================================== NR08
def nl08():
    """Behavioral-health intake questionnaire completed by the referring office: numbered questions, typed answers."""
    f = {
        "patient_last_name": "Thibodeaux",
        "patient_first_name": "Genevieve",
        "patient_dob": "1994-06-12",
        "patient_sex": "F",
        "patient_phone": "3375520947",
        "patient_mrn": "LFC-0088213",
        "insurance_payer": "UnitedHealthcare",
        "insurance_member_id": "948372015",
        "referring_provider": "Marcus Delahoussaye",
        "referring_npi": npi("133580271"),
        "referring_phone": "3372614400",
        "referring_fax": "3372614407",
        "referred_to_specialty": "psychiatry",
        "diagnosis_codes": ["F33.1", "F41.1"],
        "reason": "Recurrent major depression, moderate, with generalized anxiety, failed two SSRI trials; passive suicidal ideation without plan. Needs psychiatric evaluation and medication management.",
        "urgency": "urgent",
        "referral_date": "2026-11-16",
    }
    css = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 8.8pt; }
.hd { text-align:center; }
.hd .n { font-size:13pt; font-weight:bold; }
.hd .s { font-size:8.5pt; }
h1 { font-size:12pt; text-align:center; margin:6px 0 2px 0; border-top:1px solid #000; border-bottom:1px solid #000; padding:2px 0; }
.inst { font-size:8pt; font-style:italic; margin-bottom:4px; }
h2 { font-size:9.5pt; margin:7px 0 2px 0; text-transform:uppercase; letter-spacing:0.5px; }
ol { margin:0; padding-left:0.32in; }
ol li { margin:2px 0; line-height:1.3; }
.a { font-family:'Liberation Mono', monospace; font-size:9pt; font-weight:bold; border-bottom:1px solid #000; padding:0 3px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    def q(text, ans):
        return f'<li>{text} <span class="a">{ans}</span></li>'
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Acadiana Behavioral Health Partners</div>
<div class="s">Outpatient Psychiatry &middot; 1200 Camellia Blvd, Lafayette, LA 70508 &middot; Intake {P('3379842100')} &middot; Intake fax {P('3379842105')}</div></div>
<h1>NEW PATIENT REFERRAL &ndash; INTAKE QUESTIONNAIRE</h1>
<div class="inst">To be completed by the REFERRING PROVIDER'S OFFICE. Incomplete questionnaires delay scheduling. For emergencies call 911 or 988.</div>
<h2>Part 1 &ndash; Patient</h2>
<ol start="1">
{q("Patient's full legal name (last, first, middle):", 'Thibodeaux, Genevieve Claire')}
{q('Preferred name / pronouns:', '"Gigi" &ndash; she/her')}
{q('Date of birth (YYYY-MM-DD):', f['patient_dob'])}
{q('Sex assigned at birth:', 'Female')}
{q('Best phone number for the patient:', P(f['patient_phone']) + ' (cell) &ndash; OK to leave voicemail: YES')}
{q("Referring clinic's chart number:", f['patient_mrn'])}
{q('Emergency contact (name, relationship, phone):', 'Luc Thibodeaux, brother, ' + P('3375528830'))}
</ol>
<h2>Part 2 &ndash; Insurance</h2>
<ol start="8">
{q('Primary insurance company:', f['insurance_payer'])}
{q('Member ID:', f['insurance_member_id'] + ' &nbsp; Group: 0771204')}
{q('Secondary insurance (if any), with ID:', 'Healthy Blue Louisiana Medicaid, ID 21774019930')}
{q('Is a prior authorization or referral number required by the plan? If yes, number:', 'No')}
</ol>
<h2>Part 3 &ndash; Referring provider</h2>
<ol start="12">
{q('Referring provider name and credentials:', 'Marcus Delahoussaye, DO')}
{q('Referring provider NPI:', f['referring_npi'])}
{q('Office phone / fax for records and scheduling questions:', P(f['referring_phone']) + ' ext. 105 &nbsp;/&nbsp; ' + P(f['referring_fax']))}
{q('Date referral completed:', D(f['referral_date'], 'iso'))}
</ol>
<h2>Part 4 &ndash; Clinical</h2>
<ol start="16">
{q('Service requested:', 'Adult psychiatry &ndash; evaluation and medication management (not therapy only)')}
{q('Primary diagnosis, ICD-10:', 'F33.1 Major depressive disorder, recurrent, moderate')}
{q('Other diagnoses, ICD-10:', 'F41.1 Generalized anxiety disorder')}
{q('Reason for referral / question for the psychiatrist:', f['reason'])}
{q('Medications tried (dose, duration, response):', 'Sertraline 150 mg x 10 wk &ndash; partial; escitalopram 20 mg x 8 wk &ndash; GI side effects. Current: bupropion XL 150 mg, hydroxyzine 25 mg PRN.')}
{q('PHQ-9 / GAD-7 scores and date:', 'PHQ-9 = 19, GAD-7 = 15 on ' + D('2026-11-13','iso'))}
{q('Any suicidal ideation, attempts, self-harm, or psychiatric hospitalization? Describe:', 'Passive SI (wish to not wake up), no plan or intent, no attempts; no hospitalizations. Safety plan reviewed, 988 given.')}
{q('Substance use:', 'Alcohol 2-3 drinks/week; no tobacco; no drugs.')}
{q('Is this referral URGENT (needs to be seen within 7 days)?', box(True) + 'Yes &nbsp; ' + box(False) + 'No')}
{q('If urgent, why:', 'Worsening symptoms despite two SSRI trials, passive SI; missing work.')}
</ol>
<div class="ft"><span>ABHP Intake Q &middot; rev 2026-01</span><span>Thibodeaux, Genevieve &middot; DOB {f['patient_dob']}</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NR08", css, p1), fields=f, pages=1,
                kind="numbered_psychiatry_intake_questionnaire_completed_by_referring_office", mode="fine",
                fax=dict(when="11/16/2026 12:18", name="DELAHOUSSAYE FAMILY MED", number=f["referring_fax"],
                         to="3379842105", fmt="f"))


# ====================================================================== NR09
def nl09():
    """Hematology referral form whose label cells are shaded grey (dot patterns after mono fax), two pages."""
    f = {
        "patient_last_name": "Montoya",
        "patient_first_name": "Carlos",
        "patient_dob": "1971-01-26",
        "patient_sex": "M",
        "patient_phone": "5054471906",
        "patient_mrn": "MV88102",
        "insurance_payer": "Molina Healthcare",
        "insurance_member_id": "MOL-3318820",
        "referring_provider": "Renee Saavedra",
        "referring_npi": npi("115507349"),
        "referring_phone": "5052650300",
        "referring_fax": "5052650319",
        "referred_to_specialty": "hematology",
        "referred_to_provider": "Victor Alvarado",
        "diagnosis_codes": ["D69.6", "D72.819", "R16.1"],
        "reason": "Progressive thrombocytopenia (platelets 62K) with mild leukopenia and splenomegaly on ultrasound; evaluate for marrow process versus hypersplenism.",
        "urgency": "urgent",
        "referral_date": "2026-11-13",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; margin-bottom:6px; }
.hd .n { font-size:14pt; font-weight:bold; }
.hd .t { font-size:13pt; font-weight:bold; text-align:right; }
table.g { width:100%; border:1.5px solid #000; margin-bottom:7px; }
table.g td { border:1px solid #000; padding:3px 5px; vertical-align:top; }
table.g td.l { background:#c8c8c8; font-weight:bold; font-size:8.5pt; width:1.35in; }
table.g td.l2 { background:#e0e0e0; font-weight:bold; font-size:8.5pt; width:1.1in; }
table.g tr.h td { background:#6e6e6e; color:#000; font-weight:bold; font-size:10pt; letter-spacing:1px; text-align:left; }
.cb { width:0.14in; height:0.14in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
.note { background:#dcdcdc; border:1px solid #000; padding:4px 6px; font-size:8.5pt; }
table.lab { width:100%; border:1px solid #000; }
table.lab td, table.lab th { border:1px solid #000; padding:2px 5px; text-align:left; font-size:9pt; }
table.lab th { background:#c8c8c8; }
"""
    hd = f"""<div class="hd"><div><div class="n">Sandia Mesa Community Health</div>
<div style="font-size:8.5pt">8900 Montgomery Blvd NE, Albuquerque, NM 87111<br>Clinic {P(f['referring_phone'])} &middot; Fax {P(f['referring_fax'])} &middot; Referral desk {P('5052650344')}</div></div>
<div class="t">HEMATOLOGY / ONCOLOGY<br>REFERRAL REQUEST</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<table class="g">
<tr class="h"><td colspan="4">PATIENT</td></tr>
<tr><td class="l">Last name</td><td>Montoya</td><td class="l2">First name</td><td>Carlos Eduardo</td></tr>
<tr><td class="l">Date of birth</td><td>{D(f['patient_dob'],'dmy')}</td><td class="l2">Sex</td><td>Male</td></tr>
<tr><td class="l">Patient phone</td><td>{P(f['patient_phone'])}</td><td class="l2">Clinic MRN</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Address</td><td colspan="3">1412 Arno St SE, Albuquerque, NM 87106</td></tr>
<tr><td class="l">Language</td><td>Spanish &ndash; interpreter needed</td><td class="l2">Alt. contact</td><td>Lucia Montoya (wife) {P('5054471977')}</td></tr>
<tr class="h"><td colspan="4">INSURANCE</td></tr>
<tr><td class="l">Primary plan</td><td>{f['insurance_payer']} (Centennial Care)</td><td class="l2">Member ID</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Secondary plan</td><td>None</td><td class="l2">Auth #</td><td>Pending &ndash; MOL auth line {P('8886640800','one')}</td></tr>
<tr class="h"><td colspan="4">REFERRING PROVIDER</td></tr>
<tr><td class="l">Name</td><td>Renee Saavedra, MD</td><td class="l2">NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Phone</td><td>{P(f['referring_phone'])} x 221</td><td class="l2">Fax</td><td>{P(f['referring_fax'])}</td></tr>
<tr class="h"><td colspan="4">REFERRED TO</td></tr>
<tr><td class="l">Specialty</td><td>Hematology</td><td class="l2">Physician</td><td>Victor Alvarado, MD</td></tr>
<tr><td class="l">Practice</td><td>New Mexico Cancer &amp; Blood Institute</td><td class="l2">Fax</td><td>{P('5058221540')}</td></tr>
<tr class="h"><td colspan="4">CLINICAL</td></tr>
<tr><td class="l">Diagnoses (ICD-10-CM)</td><td colspan="3">D69.6 &ndash; Thrombocytopenia, unspecified<br>D72.819 &ndash; Decreased white blood cell count, unspecified<br>R16.1 &ndash; Splenomegaly, not elsewhere classified</td></tr>
<tr><td class="l">Reason for referral</td><td colspan="3">{f['reason']}</td></tr>
<tr><td class="l">Urgency</td><td colspan="3">{box(False)} Routine (4&ndash;6 weeks) &nbsp;&nbsp; {box(True)} Urgent (within 1 week) &nbsp;&nbsp; {box(False)} STAT (same day &ndash; call first)</td></tr>
<tr><td class="l">Date of referral</td><td>{D(f['referral_date'],'dmy')}</td><td class="l2">Signature</td><td><span style="font-family:'Z003',cursive;font-size:14pt">R. Saavedra</span></td></tr>
</table>
<div class="note">Please attach: last 2 CBCs with differential, CMP, peripheral smear report if done, imaging reports. Incomplete referrals will be returned.</div>
<div class="ft"><span>SMCH-REF-HEM (shaded)</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<table class="g">
<tr><td class="l">Patient</td><td>Montoya, Carlos E.</td><td class="l2">DOB</td><td>{D(f['patient_dob'],'dmy')}</td></tr>
</table>
<table class="lab">
<tr><th>Test</th><th>{D('2026-07-08','dmy')}</th><th>{D('2026-09-30','dmy')}</th><th>{D('2026-11-10','dmy')}</th><th>Reference</th></tr>
<tr><td>Platelets (K/uL)</td><td>118</td><td>91</td><td>62</td><td>150&ndash;400</td></tr>
<tr><td>WBC (K/uL)</td><td>4.1</td><td>3.6</td><td>3.2</td><td>4.0&ndash;10.5</td></tr>
<tr><td>ANC (K/uL)</td><td>2.3</td><td>1.9</td><td>1.7</td><td>1.8&ndash;7.7</td></tr>
<tr><td>Hemoglobin (g/dL)</td><td>13.9</td><td>13.4</td><td>12.8</td><td>13.5&ndash;17.5</td></tr>
<tr><td>MCV (fL)</td><td>97</td><td>99</td><td>101</td><td>80&ndash;100</td></tr>
</table>
<p><b>Ultrasound abdomen {D('2026-11-04','dmy')}:</b> spleen 15.2 cm, homogeneous. Liver normal size, smooth contour. No ascites.</p>
<p><b>Other:</b> B12 412, folate normal, HIV and hepatitis C antibody negative, ferritin 210. Alcohol: denies. No bleeding symptoms, occasional bruising.
No new medications; takes omeprazole 20 mg daily and lisinopril 20 mg daily.</p>
<div class="note">Referral office use: received ____ / ____ / ______ &nbsp;&nbsp; scheduled with __________________ &nbsp;&nbsp; on ____ / ____ / ______</div>
<div class="ft"><span>SMCH-REF-HEM (shaded)</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NR09", css, p1 + p2), fields=f, pages=2,
                kind="grey_shaded_label_cell_form_dithered_in_mono_to_hematology", mode="standard",
                fax=dict(when="11/13/2026 08:57", name="SANDIA MESA CHC", number=f["referring_fax"],
                         to="5058221540", fmt="a"))


# ====================================================================== NR10
def nl10():
    """Portrait fax cover, then a landscape referral form that the fax machine sent rotated 90 degrees."""
    f = {
        "patient_last_name": "St. Clair",
        "patient_first_name": "Delphine",
        "patient_dob": "1962-08-15",
        "patient_sex": "F",
        "patient_phone": "7574160283",
        "patient_mrn": "TW-660381",
        "insurance_payer": "TRICARE Select",
        "insurance_member_id": "1480027719",
        "referring_provider": "Yusuf Al-Amin",
        "referring_npi": npi("190481563"),
        "referring_phone": "7574612900",
        "referring_fax": "7574612988",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Renata Kowalski",
        "diagnosis_codes": ["E11.3293", "H25.13"],
        "reason": "Type 2 diabetes with mild nonproliferative diabetic retinopathy on retinal photos and bilateral nuclear cataracts; dilated exam and management.",
        "urgency": "routine",
        "referral_date": "2026-11-21",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.cv h1 { font-size:30pt; margin:0.2in 0 0.15in 0; letter-spacing:6px; font-family:'URW Gothic', sans-serif; }
.cv table { width:100%; border-collapse:collapse; font-size:11pt; }
.cv table td { padding:6px 4px; border-bottom:1px solid #000; }
.cv table td.l { font-weight:bold; width:1.2in; }
.cv .msg { margin-top:0.25in; font-size:11pt; line-height:1.45; }
.cv .conf { position:absolute; bottom:0; left:0; right:0; font-size:8pt; border-top:1px solid #000; padding-top:3px; }
/* the landscape original, rotated counter-clockwise onto the portrait page */
.land { position:absolute; width:10in; height:7.5in; left:-0.75in; top:1.75in; transform-origin:5in 3.75in; transform:rotate(-90deg);
        font-family:'Liberation Sans Narrow', 'Nimbus Sans Narrow', sans-serif; font-size:10pt; }
.land .hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #000; padding-bottom:3px; }
.land .hd .n { font-size:14pt; font-weight:bold; }
.land .hd .t { font-size:15pt; font-weight:bold; }
.land .cols { display:flex; gap:0.2in; margin-top:6px; }
.land .col { flex:1; border:1px solid #000; padding:4px 6px; }
.land .col h3 { margin:0 0 4px 0; font-size:10.5pt; border-bottom:1px solid #000; }
.land .kv { margin:2px 0; }
.land .kv b { display:inline-block; min-width:0.95in; }
.land .wide { border:1px solid #000; padding:4px 6px; margin-top:6px; }
.land .ft { margin-top:8px; font-size:8pt; display:flex; justify-content:space-between; }
"""
    cover = f"""
<div class="sheet"><div class="inner cv">
<div style="display:flex;justify-content:space-between"><div><b style="font-size:13pt">Tidewater Endocrine &amp; Diabetes Care</b><br>
600 Gresham Dr, Suite 8600, Norfolk, VA 23507</div><div style="text-align:right">Phone {P(f['referring_phone'],'dash')}<br>Fax {P(f['referring_fax'],'dash')}</div></div>
<h1>FACSIMILE</h1>
<table>
<tr><td class="l">To:</td><td>Coastal Eye Specialists &ndash; New Patient Referrals</td></tr>
<tr><td class="l">Fax:</td><td>{P('7574903321','dash')}</td></tr>
<tr><td class="l">From:</td><td>Shanice Whitfield, referral coordinator, for Yusuf Al-Amin, MD</td></tr>
<tr><td class="l">Date:</td><td>{D('2026-11-21','long')}</td></tr>
<tr><td class="l">Pages:</td><td>2 (including this cover)</td></tr>
<tr><td class="l">Re:</td><td>Referral &ndash; diabetic eye examination</td></tr>
</table>
<div class="msg">Please find attached a referral for a diabetic eye evaluation. Our referral form prints in landscape, so the next page
may arrive sideways. Please call {P('7574612900','dash')} ext. 4 with any questions, or fax the consult note to {P(f['referring_fax'],'dash')}.</div>
<div class="conf">CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you are not the intended recipient,
notify the sender immediately at the number above and destroy all copies.</div>
</div></div>"""
    land = f"""
<div class="sheet"><div class="land">
<div class="hd"><div><div class="n">Tidewater Endocrine &amp; Diabetes Care</div>
<div style="font-size:8.5pt">600 Gresham Dr, Suite 8600, Norfolk, VA 23507 &middot; Ph {P(f['referring_phone'],'dash')} &middot; Fax {P(f['referring_fax'],'dash')}</div></div>
<div class="t">OUTGOING REFERRAL &ndash; EYE CARE</div></div>
<div class="cols">
<div class="col"><h3>Patient</h3>
<div class="kv"><b>Name:</b> Delphine Marie St. Clair</div>
<div class="kv"><b>DOB:</b> {D(f['patient_dob'],'abbr_dot')}</div>
<div class="kv"><b>Sex:</b> Female</div>
<div class="kv"><b>Chart #:</b> {f['patient_mrn']}</div>
<div class="kv"><b>Phone:</b> {P(f['patient_phone'],'dash')}</div>
<div class="kv"><b>Address:</b> 3317 Bolling Ave, Norfolk, VA 23509</div>
<div class="kv"><b>Spouse:</b> Raymond St. Clair {P('7574160299','dash')}</div>
</div>
<div class="col"><h3>Insurance</h3>
<div class="kv"><b>Plan:</b> {f['insurance_payer']}</div>
<div class="kv"><b>DoD ID:</b> {f['insurance_member_id']}</div>
<div class="kv"><b>Sponsor:</b> Raymond St. Clair (USN, ret.)</div>
<div class="kv"><b>Sponsor DOB:</b> {D('1959-02-04','abbr_dot')}</div>
<div class="kv"><b>Other ins.:</b> none</div>
<div class="kv"><b>Auth:</b> not required for Select</div>
</div>
<div class="col"><h3>Referring / Referred to</h3>
<div class="kv"><b>From:</b> Yusuf Al-Amin, MD (Endocrinology)</div>
<div class="kv"><b>NPI:</b> {f['referring_npi']}</div>
<div class="kv"><b>Ph / Fax:</b> {P(f['referring_phone'],'dash')} / {P(f['referring_fax'],'dash')}</div>
<div class="kv"><b>To:</b> Ophthalmology</div>
<div class="kv"><b>Provider:</b> Renata Kowalski, MD</div>
<div class="kv"><b>Practice:</b> Coastal Eye Specialists</div>
<div class="kv"><b>Ph / Fax:</b> {P('7574903300','dash')} / {P('7574903321','dash')}</div>
</div>
</div>
<div class="wide"><b>Diagnoses:</b> E11.3293 &ndash; Type 2 diabetes mellitus with mild nonproliferative diabetic retinopathy without macular edema, bilateral;
&nbsp; H25.13 &ndash; Age-related nuclear cataract, bilateral</div>
<div class="wide"><b>Reason for referral:</b> {f['reason']} Last A1c 8.1% ({D('2026-10-30','abbr_dot')}). Reports blurred distance vision, worse at night.</div>
<div class="wide"><b>Priority:</b> &nbsp; {box(True)} Routine &nbsp;&nbsp; {box(False)} Urgent &nbsp;&nbsp; {box(False)} Emergent &nbsp;&nbsp;&nbsp;&nbsp;
<b>Referral date:</b> {D(f['referral_date'],'abbr_dot')} &nbsp;&nbsp;&nbsp;&nbsp; <b>Signed:</b> <span style="font-family:'Z003',cursive;font-size:14pt">Y. Al-Amin</span></div>
<div class="ft"><span>TEDC referral form L-3 (landscape)</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NR10", css, cover + land), fields=f, pages=2,
                kind="fax_cover_plus_landscape_referral_form_rotated_90_degrees_on_portrait_page_to_ophthalmology",
                mode="fine",
                fax=dict(when="11/21/2026 11:40", name="TIDEWATER ENDO", number=f["referring_fax"],
                         to="7574903321", fmt="g"))
