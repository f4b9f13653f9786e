"""NV06-NV10 document builders."""
from common import npi, P, D, page


# ---------------------------------------------------------------- NV06
def nv06():
    """Physician referral letter, rheumatology -> nephrology."""
    f = {
        "patient_last_name": "Ashby-Marsh",
        "patient_first_name": "Gwendolyn",
        "patient_dob": "1985-12-14",
        "patient_sex": "F",
        "patient_phone": "2065518274",
        "patient_mrn": "CR0058127",
        "insurance_payer": "Premera Blue Cross",
        "insurance_member_id": "PRM11429806300",
        "referring_provider": "Eleanor Whitcombe",
        "referring_npi": npi("176524013"),
        "referring_phone": "2064536620",
        "referring_fax": "2064536629",
        "referred_to_specialty": "nephrology",
        "referred_to_provider": "Howard Lindqvist",
        "diagnosis_codes": ["M32.14", "R80.9"],
        "reason": "evaluation of worsening proteinuria and consideration of renal biopsy for suspected lupus nephritis",
        "urgency": "urgent",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'Liberation Serif', Georgia, serif; font-size: 11.5pt; line-height: 1.35; }
.lh { text-align:center; border-bottom: 1px solid #000; padding-bottom:6px; }
.lh .n { font-size: 18pt; font-variant: small-caps; letter-spacing: 1px; }
.lh .s { font-size: 9.5pt; }
p { margin: 0 0 10px 0; }
.re td { padding: 0 10px 0 0; vertical-align: top; }
.foot { position:fixed; bottom:0; left:0; right:0; text-align:center; font-size:8.5pt; border-top:1px solid #000; padding-top:2px; }
"""
    body = f"""
<div class="lh"><div class="n">Cascade Arthritis &amp; Rheumatology Clinic</div>
<div class="s">Eleanor Whitcombe, MD, FACR &nbsp;&middot;&nbsp; Rajiv Menon, MD &nbsp;&middot;&nbsp; Hannah Stroud, ARNP</div>
<div class="s">1101 Madison St, Suite 900 &middot; Seattle, WA 98104 &middot; Telephone {P(f['referring_phone'])} &middot; Facsimile {P(f['referring_fax'])}</div></div>

<p style="margin-top:16px">{D(f['referral_date'],'long')}</p>

<p>Howard Lindqvist, MD<br>Puget Sound Kidney Associates<br>1229 Madison St, Suite 1450<br>Seattle, WA 98104<br>Via fax: {P('2063861147')}</p>

<table class="re" style="margin-bottom:10px"><tr><td><b>RE:</b></td><td>Gwendolyn Ashby-Marsh &nbsp;&nbsp; DOB: {D(f['patient_dob'])} &nbsp;&nbsp; Female<br>
Our chart no. {f['patient_mrn']} &nbsp;&nbsp; Cell: {P(f['patient_phone'])}<br>
Insurance: {f['insurance_payer']}, member ID {f['insurance_member_id']}</td></tr></table>

<p>Dear Dr. Lindqvist,</p>

<p>Thank you for seeing Ms. Ashby-Marsh, a 40-year-old woman with systemic lupus erythematosus diagnosed in 2019 (ANA 1:1280, anti-dsDNA positive, low C3/C4), whom I am referring for {f['reason']}. I would be grateful if she could be seen on an <b>urgent</b> basis, ideally within the next two weeks.</p>

<p>Her disease had been quiescent on hydroxychloroquine 300 mg daily. Over the past three months her urine protein/creatinine ratio has risen from 0.3 to 1.8 g/g, with an active sediment (8&ndash;10 RBC/hpf) on her most recent urinalysis. Serum creatinine is 1.02 mg/dL (baseline 0.74). Blood pressure today was 146/92. I have started lisinopril 10 mg daily and prednisone 20 mg daily pending your assessment.</p>

<p><b>Diagnoses:</b> Systemic lupus erythematosus with glomerular disease (M32.14); Proteinuria, unspecified (R80.9).</p>

<p>Recent labs, serologies, and my last two clinic notes are enclosed. Please do not hesitate to call me directly at {P(f['referring_phone'])} if you would like to discuss her care; my nurse, Dana Kessler, RN, can also be reached at {P('2064536631')}.</p>

<p>With kind regards,</p>
<p style="font-family:'Z003',cursive; font-size:17pt; margin:0">Eleanor Whitcombe</p>
<p>Eleanor Whitcombe, MD, FACR<br>Rheumatology<br>NPI {f['referring_npi']}</p>

<p style="font-size:10pt">Enclosures: labs 10/28/2026, clinic notes 08/12/2026 and 10/30/2026<br>
cc: Maya Feldstein, MD (primary care), fax {P('2063234480')}</p>
<div class="foot">Cascade Arthritis &amp; Rheumatology Clinic &middot; Confidential patient information &middot; Page 1 of 1</div>
"""
    return dict(html=page("NV06", css, body), fields=f, pages=1,
                kind="physician_letter_rheum_to_nephrology", mode="fine")


# ---------------------------------------------------------------- NV07
def nv07():
    """Community health center (FQHC) bilingual referral form, behavioral health -> psychiatry."""
    f = {
        "patient_last_name": "Espinoza Ruiz",
        "patient_first_name": "Mariela",
        "patient_dob": "1992-03-17",
        "patient_sex": "F",
        "patient_phone": "5203916647",
        "patient_mrn": "SV00418853",
        "insurance_payer": "Banner University Family Care",
        "insurance_member_id": "A20847719",
        "referring_provider": "Tessa Brightwater",
        "referring_npi": npi("205938817"),
        "referring_phone": "5206243300",
        "referring_fax": "5206243392",
        "referred_to_specialty": "psychiatry",
        "referred_to_provider": "Lorraine Castellanos",
        "diagnosis_codes": ["F33.1", "F41.1"],
        "reason": "Recurrent depression not responding to two SSRI trials; medication management and diagnostic clarification",
        "urgency": "routine",
        "referral_date": "2026-11-10",
    }
    sup_npi = npi("158201439")
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.hd { display:flex; align-items:center; gap:14px; border-bottom:3px double #000; padding-bottom:5px; }
.logo { width:0.8in; height:0.8in; border:2px solid #000; border-radius:50%; text-align:center; font-weight:bold; font-size:18pt; line-height:0.75in; }
.t { font-size:14pt; font-weight:bold; }
table.g { width:100%; margin-top:6px; }
table.g td { border:1px solid #000; padding:3px 5px; vertical-align:top; }
.cap { font-size:7.5pt; display:block; }
.v { font-size:10.5pt; font-family:'Liberation Mono',monospace; }
.sh { background:#000; color:#fff; font-weight:bold; padding:2px 5px; margin-top:8px; font-size:10pt; }
.cb { font-family:'DejaVu Sans'; }
.foot { position:fixed; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
"""
    C = '<span class="cb">&#9746;</span>'
    E = '<span class="cb">&#9744;</span>'
    body = f"""
<div class="hd"><div class="logo">SV</div>
<div><div class="t">Sunrise Valley Community Health Center</div>
<div>A Federally Qualified Health Center &bull; 2802 S 12th Ave, Tucson, AZ 85713</div>
<div>Main {P('5206243300')} &bull; Referral Fax {P('5206243392')} &bull; After hours nurse line {P('5206243399')}</div></div></div>
<div style="text-align:center; font-weight:bold; font-size:12.5pt; margin-top:6px">REFERRAL / AUTHORIZATION REQUEST &nbsp;&bull;&nbsp; SOLICITUD DE REFERENCIA</div>

<div class="sh">1. PATIENT / PACIENTE</div>
<table class="g">
<tr><td colspan="2"><span class="cap">Last name / Apellido</span><span class="v">ESPINOZA RUIZ</span></td>
<td colspan="2"><span class="cap">First name / Nombre</span><span class="v">MARIELA</span></td>
<td><span class="cap">Health Center ID #</span><span class="v">{f['patient_mrn']}</span></td></tr>
<tr><td><span class="cap">DOB / Fecha de nac. (mm/dd/yyyy)</span><span class="v">{D(f['patient_dob'])}</span></td>
<td><span class="cap">Sex / Sexo</span><span class="v">F</span></td>
<td><span class="cap">Primary phone / Tel&eacute;fono</span><span class="v">{P(f['patient_phone'])}</span></td>
<td><span class="cap">Language / Idioma</span><span class="v">Spanish</span></td>
<td><span class="cap">Interpreter needed</span>{C} Yes {E} No</td></tr>
<tr><td colspan="3"><span class="cap">Emergency contact / Contacto de emergencia</span><span class="v">Rogelio Espinoza (brother) {P('5207740158')}</span></td>
<td colspan="2"><span class="cap">Sliding fee scale</span><span class="v">Level B</span></td></tr>
</table>

<div class="sh">2. COVERAGE / SEGURO</div>
<table class="g"><tr>
<td><span class="cap">Health plan</span><span class="v">{f['insurance_payer']}</span> <span style="font-size:8.5pt">(AHCCCS Complete Care)</span></td>
<td><span class="cap">AHCCCS / Member ID</span><span class="v">{f['insurance_member_id']}</span></td>
<td><span class="cap">Prior auth #</span><span class="v">pending</span></td></tr></table>

<div class="sh">3. REFERRING CLINICIAN</div>
<table class="g"><tr>
<td><span class="cap">Referring clinician</span><span class="v">Tessa Brightwater, PMHNP-BC</span></td>
<td><span class="cap">NPI</span><span class="v">{f['referring_npi']}</span></td>
<td><span class="cap">Supervising / collaborating physician</span><span class="v">Arturo Villalobos, MD (NPI {sup_npi})</span></td></tr>
<tr><td><span class="cap">Department</span><span class="v">Integrated Behavioral Health</span></td>
<td><span class="cap">Direct phone</span><span class="v">{P(f['referring_phone'])} opt. 4</span></td>
<td><span class="cap">Fax results to</span><span class="v">{P(f['referring_fax'])}</span></td></tr></table>

<div class="sh">4. REFERRED TO</div>
<table class="g"><tr>
<td><span class="cap">Service / specialty</span>{E} Cardiology {E} Dermatology {E} GI {E} Ortho {C} <b>Psychiatry</b> {E} Other: ______</td></tr>
<tr><td><span class="cap">Provider / agency</span><span class="v">Dr. Lorraine Castellanos &ndash; Pima Adult Psychiatric Services, ph {P('5203270911')}, fax {P('5203270920')}</span></td></tr></table>

<div class="sh">5. CLINICAL INFORMATION</div>
<table class="g">
<tr><td style="width:28%"><span class="cap">ICD-10 code(s)</span><span class="v">F33.1<br>F41.1</span></td>
<td><span class="cap">Description</span>Major depressive disorder, recurrent, moderate<br>Generalized anxiety disorder</td></tr>
<tr><td colspan="2"><span class="cap">Reason for referral / Motivo</span><span class="v">{f['reason']}</span></td></tr>
<tr><td colspan="2"><span class="cap">Relevant history</span>PHQ-9 = 17 (11/04/2026), GAD-7 = 14. Sertraline 200 mg x 10 wks, then escitalopram 20 mg x 8 wks. No SI/HI today; safety plan reviewed. Attending weekly therapy with LCSW at SVCHC.</td></tr>
<tr><td colspan="2"><span class="cap">Urgency</span>{C} Routine (30 days) &nbsp; {E} Urgent (72 hrs) &nbsp; {E} Emergent &ndash; send to ED / crisis line</td></tr>
</table>

<table class="g" style="margin-top:10px"><tr>
<td><span class="cap">Clinician signature</span><span style="font-family:'Z003',cursive; font-size:14pt">T. Brightwater</span></td>
<td><span class="cap">Date</span><span class="v">{D(f['referral_date'])}</span></td>
<td><span class="cap">Referral coordinator use only &ndash; date sent</span><span class="v">{D('2026-11-11')} &nbsp; initials: YM</span></td></tr></table>
<div class="foot"><span>SVCHC Form BH-07 (Rev. 01/2025)</span><span>Referral coordinator: Yesenia Morales {P('5206243314')}</span><span>Page 1 of 1</span></div>
"""
    return dict(html=page("NV07", css, body), fields=f, pages=1,
                kind="community_health_center_bilingual_form_psychiatry", mode="fine")


# ---------------------------------------------------------------- NV08
def nv08():
    """NextGen-style referral + medication list second page, neurology."""
    f = {
        "patient_last_name": "Okonkwo",
        "patient_first_name": "Adaeze",
        "patient_dob": "1996-07-08",
        "patient_sex": "F",
        "patient_phone": "4045873361",
        "patient_mrn": "1000384672",
        "insurance_payer": "UnitedHealthcare",
        "insurance_member_id": "918273645",
        "referring_provider": "Brandon Whitaker",
        "referring_npi": npi("112874305"),
        "referring_phone": "7703954200",
        "referring_fax": "7703954211",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Celeste Amundsen",
        "diagnosis_codes": ["G43.709", "R51.9"],
        "reason": "Chronic migraine, >15 headache days per month despite topiramate; evaluate for CGRP therapy / Botox",
        "urgency": "routine",
        "referral_date": "2026-10-30",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; }
.hdr { border:2px solid #000; padding:5px 8px; display:flex; justify-content:space-between; }
.hdr .a { font-size:13pt; font-weight:bold; }
h3 { margin:10px 0 3px 0; font-size:11.5pt; border-bottom:2px solid #000; }
table.t { width:100%; }
table.t td { padding:3px 6px; vertical-align:top; }
table.t td.l { font-weight:bold; width:1.5in; }
table.m { width:100%; margin-top:6px; font-size:10.5pt; }
table.m th, table.m td { border:1px solid #000; padding:4px 5px; text-align:left; }
.foot { font-size:9pt; border-top:1px solid #000; display:flex; justify-content:space-between; }
"""
    body = f"""
<div class="sheet">
<div class="hdr"><div><div class="a">Peachtree Corners Primary Care</div>
<div>5185 Peachtree Pkwy, Ste 310, Peachtree Corners, GA 30092</div>
<div>Ph {P(f['referring_phone'],'slash')} &nbsp; Fx {P(f['referring_fax'],'slash')}</div></div>
<div style="text-align:right; font-size:10pt">REFERRAL<br>Ref Nbr: 2026-18834<br>Created: {D(f['referral_date'])}</div></div>

<h3>Patient Demographics</h3>
<table class="t">
<tr><td class="l">Patient:</td><td>Okonkwo, Adaeze N</td><td class="l">Person Nbr:</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Birthdate:</td><td>{D(f['patient_dob'])}</td><td class="l">Gender:</td><td>Female</td></tr>
<tr><td class="l">Home Ph:</td><td>{P(f['patient_phone'],'slash')}</td><td class="l">Day Ph:</td><td>{P('4049336120','slash')}</td></tr>
<tr><td class="l">Payer:</td><td>{f['insurance_payer']} Choice Plus</td><td class="l">Policy Nbr:</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l"></td><td></td><td class="l">Group Nbr:</td><td>0715493</td></tr>
</table>

<h3>Referral Information</h3>
<table class="t">
<tr><td class="l">Referring Prov:</td><td>Whitaker, Brandon T MD<br>NPI: {f['referring_npi']}</td><td class="l">Rendering Prov:</td><td>Saunders, Lila PA-C</td></tr>
<tr><td class="l">Refer To Prov:</td><td>Amundsen, Celeste MD</td><td class="l">Specialty:</td><td>Neurology</td></tr>
<tr><td class="l">Refer To Loc:</td><td colspan="3">Gwinnett Neurology &amp; Headache Center, 3855 Pleasant Hill Rd, Duluth GA 30096<br>Ph {P('6784170550','slash')} &nbsp; Fx {P('6784170559','slash')}</td></tr>
<tr><td class="l">Urgency:</td><td>Routine</td><td class="l">Num Visits:</td><td>2</td></tr>
<tr><td class="l">Diagnosis:</td><td colspan="3">G43.709 Chronic migraine w/o aura, not intractable, w/o status migrainosus<br>R51.9 Headache, unspecified</td></tr>
<tr><td class="l">Referral Reason:</td><td colspan="3">{f['reason']}</td></tr>
<tr><td class="l">Comments:</td><td colspan="3">MRI brain w/wo 08/2026 unremarkable. Headache diary attached. Med list on following page.</td></tr>
</table>
<p style="margin-top:16px">Approved by: Whitaker, Brandon T MD &nbsp;&nbsp; {D(f['referral_date'])}</p>
<div class="foot pfoot"><span>Okonkwo, Adaeze N &nbsp; {f['patient_mrn']}</span><span>Printed: {D('2026-10-31')} &nbsp; Page 1 of 2</span><span>NextGen&reg; Referral</span></div>
</div>
<div class="sheet">
<div class="hdr"><div><div class="a">Current Medication List</div>
<div>Okonkwo, Adaeze N &nbsp;&bull;&nbsp; DOB {D(f['patient_dob'])}</div></div>
<div style="text-align:right; font-size:10pt">Reviewed: {D('2026-10-30')}<br>Allergies: Sulfa (rash)</div></div>
<table class="m">
<tr><th>Medication</th><th>Sig</th><th>Start</th><th>Prescriber</th></tr>
<tr><td>Topiramate 50 mg tablet</td><td>1 tab PO BID</td><td>03/11/2026</td><td>Whitaker, Brandon</td></tr>
<tr><td>Rizatriptan 10 mg ODT</td><td>1 tab at onset; may repeat in 2 h; max 2/day</td><td>01/06/2025</td><td>Whitaker, Brandon</td></tr>
<tr><td>Ondansetron 4 mg ODT</td><td>1 tab q8h PRN nausea</td><td>01/06/2025</td><td>Saunders, Lila</td></tr>
<tr><td>Norgestimate-ethinyl estradiol 0.25-35 mg-mcg</td><td>1 tab PO daily</td><td>06/20/2023</td><td>Iris Koenig, MD (OB/GYN)</td></tr>
<tr><td>Magnesium oxide 400 mg</td><td>1 tab PO daily</td><td>05/02/2026</td><td>OTC</td></tr>
<tr><td>Riboflavin 400 mg</td><td>1 cap PO daily</td><td>05/02/2026</td><td>OTC</td></tr>
</table>
<p style="margin-top:10px">Discontinued: Amitriptyline 25 mg (weight gain, 02/2026); Propranolol ER 80 mg (fatigue, 09/2025)</p>
<p>Preferred pharmacy: Kroger Pharmacy #421, Norcross GA &nbsp; Ph {P('7704471823','slash')} &nbsp; Fx {P('7704471830','slash')}</p>
<div class="foot pfoot"><span>Okonkwo, Adaeze N</span><span>Page 2 of 2</span><span>NextGen&reg; Medication List</span></div>
</div>
"""
    return dict(html=page("NV08", css, body), fields=f, pages=2,
                kind="nextgen_style_referral_neuro_plus_med_list", mode="standard")


# ---------------------------------------------------------------- NV09
def nv09():
    """Typed 'request for consultation' grid form from a solo family practice, urology STAT."""
    f = {
        "patient_last_name": "Szymanski",
        "patient_first_name": "Robert",
        "patient_dob": "1972-05-21",
        "patient_sex": "M",
        "patient_phone": "3306728154",
        "patient_mrn": "004417",
        "insurance_payer": "Medical Mutual",
        "insurance_member_id": "MMO227640918",
        "referring_provider": "Farid Nasser",
        "referring_npi": npi("149306572"),
        "referring_phone": "3304927735",
        "referring_fax": "3304927736",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Deborah Kline",
        "diagnosis_codes": ["N20.0", "R31.0"],
        "reason": "7 mm left renal/UPJ stone with hydronephrosis on CT and persistent gross hematuria",
        "urgency": "stat",
        "referral_date": "2026-11-12",
    }
    css = """
body { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 10.5pt; }
.h { text-align:center; font-family:'Liberation Sans', Arial, sans-serif; }
.h .n { font-size:15pt; font-weight:bold; }
table.c { width:100%; margin-top:8px; font-family:'Liberation Sans', Arial, sans-serif; }
table.c td { border:1px solid #000; padding:2px 5px 4px 5px; vertical-align:top; height:0.42in; }
.k { font-size:7.5pt; display:block; text-transform:uppercase; }
.v { font-family:'Liberation Mono', monospace; font-size:10.5pt; }
.circ { border:2px solid #000; border-radius:50%; padding:1px 6px; }
.foot { position:fixed; bottom:0; left:0; right:0; font-size:8pt; text-align:center; font-family:'Liberation Sans',sans-serif; }
"""
    body = f"""
<div class="h"><div class="n">FARID NASSER, D.O. &mdash; FAMILY PRACTICE</div>
<div>445 W Market St &bull; Akron, Ohio 44303 &bull; Office {P(f['referring_phone'],'paren')} &bull; Fax {P(f['referring_fax'],'paren')}</div>
<div style="font-size:16pt; font-weight:bold; margin-top:8px; border:2px solid #000; display:inline-block; padding:2px 20px">REQUEST FOR CONSULTATION</div></div>

<table class="c">
<tr><td colspan="2"><span class="k">Date of request</span><span class="v">{D(f['referral_date'],'us_dash')}</span></td>
<td colspan="2"><span class="k">Priority (circle one)</span><span class="v"><span class="circ"><b>STAT</b></span> &nbsp;&nbsp; URGENT &nbsp;&nbsp; ROUTINE</span></td></tr>
<tr><td colspan="2"><span class="k">Consultation requested with</span><span class="v">Deborah Kline, MD</span></td>
<td colspan="2"><span class="k">Service</span><span class="v">UROLOGY</span></td></tr>
<tr><td colspan="4"><span class="k">Consultant office</span><span class="v">Summit Urology Group, 75 Arch St Ste 508, Akron OH 44304 &nbsp; Tel {P('3303752530','paren')} &nbsp; Fax {P('3303752544','paren')}</span></td></tr>
<tr><td colspan="2"><span class="k">Patient (last, first, MI)</span><span class="v">SZYMANSKI, ROBERT A</span></td>
<td><span class="k">Birth date</span><span class="v">{D(f['patient_dob'],'us_dash')}</span></td>
<td><span class="k">Sex</span><span class="v">M</span></td></tr>
<tr><td><span class="k">Account #</span><span class="v">{f['patient_mrn']}</span></td>
<td><span class="k">Home telephone</span><span class="v">{P(f['patient_phone'],'paren')}</span></td>
<td colspan="2"><span class="k">Emergency contact / phone</span><span class="v">Linda Szymanski {P('3306728190','paren')}</span></td></tr>
<tr><td colspan="2"><span class="k">Insurance carrier</span><span class="v">{f['insurance_payer']}</span></td>
<td><span class="k">ID number</span><span class="v">{f['insurance_member_id']}</span></td>
<td><span class="k">Group</span><span class="v">61772-004</span></td></tr>
<tr><td colspan="4"><span class="k">Diagnosis / ICD-10</span><span class="v">N20.0 Calculus of kidney &nbsp;&nbsp; R31.0 Gross hematuria</span></td></tr>
<tr><td colspan="4" style="height:0.7in"><span class="k">Reason for consultation</span><span class="v">{f['reason']}</span></td></tr>
<tr><td colspan="4" style="height:1.1in"><span class="k">Pertinent findings / treatment to date</span><span class="v">Onset L flank pain 11/10. CT A/P non-contrast 11/11/2026 (Summa): 7 mm L UPJ calculus, moderate hydro. Cr 1.4 (baseline 0.9). Afebrile, WBC 9.8. Tamsulosin 0.4 mg started, oxycodone 5 mg PRN. Pt instructed to go to ED if fever or intractable pain. PLEASE SEE WITHIN 24-48 HRS.</span></td></tr>
<tr><td colspan="2"><span class="k">Referring physician</span><span class="v">Farid Nasser, D.O.</span></td>
<td colspan="2"><span class="k">NPI</span><span class="v">{f['referring_npi']}</span></td></tr>
<tr><td colspan="2"><span class="k">Signature</span><span style="font-family:'Z003',cursive; font-size:15pt">F. Nasser DO</span></td>
<td colspan="2"><span class="k">Office contact</span><span class="v">Angela (front desk) {P(f['referring_phone'],'paren')} ext 2</span></td></tr>
</table>
<p style="font-family:'Liberation Sans',sans-serif; font-size:9pt; margin-top:8px"><b>CONSULTANT:</b> Please send written report to referring physician. Fax {P(f['referring_fax'],'paren')}.</p>
<div class="foot">Faxed 11/12/2026 10:14 &nbsp;&bull;&nbsp; 330 492 7736 &nbsp;&bull;&nbsp; P. 1/1</div>
"""
    return dict(html=page("NV09", css, body), fields=f, pages=1,
                kind="solo_practice_typed_consult_request_urology_stat", mode="fine")


# ---------------------------------------------------------------- NV10
def nv10():
    """MEDITECH-Expanse-style ambulatory consult order, hospital-owned PCP -> pulmonology, ISO dates."""
    f = {
        "patient_last_name": "Fairweather",
        "patient_first_name": "Lionel",
        "patient_dob": "1949-02-26",
        "patient_sex": "M",
        "patient_phone": "8034419275",
        "patient_mrn": "M000882143",
        "insurance_payer": "Medicare Part B",
        "insurance_member_id": "4TW7JK2RD58",
        "referring_provider": "Hyacinth Pemberton",
        "referring_npi": npi("183745920"),
        "referring_phone": "8032967400",
        "referring_fax": "8032967425",
        "referred_to_specialty": "pulmonology",
        "diagnosis_codes": ["R06.02", "J44.9", "R91.1"],
        "reason": "Worsening exertional dyspnea in former smoker; 9 mm RUL nodule on CT. PFTs and nodule follow-up",
        "urgency": "routine",
        "referral_date": "2026-11-17",
    }
    att_npi = npi("171028364")
    css = """
body { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 10.5pt; }
.top { display:flex; justify-content:space-between; border-bottom:1px solid #000; padding-bottom:3px; }
.t { text-align:center; font-weight:bold; font-size:12.5pt; margin:8px 0; }
pre { font-family: inherit; font-size: inherit; margin:0; white-space: pre-wrap; }
.line { border-top:1px dashed #000; margin:6px 0; }
.foot { position:fixed; bottom:0; left:0; right:0; display:flex; justify-content:space-between; font-size:9pt; }
"""
    def row(a, b, c="", d=""):
        return f"{a:<17}{b:<33}{c:<14}{d}\n"
    pt = (row("Name:", "FAIRWEATHER,LIONEL E", "Unit No:", f["patient_mrn"])
          + row("Birth Date:", D(f["patient_dob"], "iso"), "Age/Sex:", "77/M")
          + row("Phone:", P(f["patient_phone"], "dash"), "Acct No:", "V00213378841")
          + row("Address:", "92 Laurel Bay Rd", "Loc:", "RCA.PCP")
          + row("", "Columbia SC 29206")
          + row("Emerg Contact:", "FAIRWEATHER,JUNE (Wife)", "Phone:", P("8037826610", "dash")))
    ins = (row("Primary Ins:", f["insurance_payer"], "Policy #:", f["insurance_member_id"])
           + row("Secondary Ins:", "AARP Medicare Supplement", "Policy #:", "38810472611"))
    body = f"""
<div class="top"><span>RICHLAND CAROLINA HEALTH - PRIMARY CARE NORTHEAST</span><span>RUN DATE: {D('2026-11-18','iso')}</span></div>
<div class="top"><span>7 Richland Medical Park Dr, Columbia SC 29203</span><span>PHONE {P('8032967400','dash')} FAX {P('8032967425','dash')}</span></div>
<div class="t">AMBULATORY CONSULT / REFERRAL ORDER</div>
<pre>{pt}</pre>
<div class="line"></div>
<pre>{ins}</pre>
<div class="line"></div>
<pre>{row("Order Date:", D(f["referral_date"], "iso"), "Order #:", "20261117-0412")}{row("Consult To:", "PULMONARY MEDICINE", "Priority:", "ROUTINE")}{row("Consultant:", "Next available provider")}{row("Consult Loc:", "RCH Pulmonary & Sleep Clinic", "Phone:", P("8032968800", "dash"))}{row("", "", "Fax:", P("8032968815", "dash"))}</pre>
<div class="line"></div>
<pre>{row("Ordering Prov:", "PEMBERTON,HYACINTH MD", "NPI:", f["referring_npi"])}{row("Ord Prov Phone:", P(f["referring_phone"], "dash"), "Fax:", P(f["referring_fax"], "dash"))}{row("Attending:", "OKAFOR-LANE,DESMOND MD", "NPI:", att_npi)}</pre>
<div class="line"></div>
<pre>DIAGNOSES:
  1. R06.02   SHORTNESS OF BREATH
  2. J44.9    CHRONIC OBSTRUCTIVE PULMONARY DISEASE, UNSPECIFIED
  3. R91.1    SOLITARY PULMONARY NODULE

REASON FOR CONSULT:
  {f['reason']}

ORDER COMMENTS:
  45 pack-yr hx, quit 2012. CT chest 2026-11-04: 9 mm solid RUL nodule.
  SpO2 93% RA at rest, 88% with ambulation. On tiotropium daily.
  Prior PFTs unavailable. Please also assess for home O2 need.
</pre>
<div class="line"></div>
<pre>Electronically signed: PEMBERTON,HYACINTH MD  {D(f['referral_date'],'iso')} 1608
Entered by: RCH.JWALTERS                     {D(f['referral_date'],'iso')} 1551</pre>
<div class="foot"><span>RCH AMB ORD REFERRAL  PRINTED BY RCH.TGRAY</span><span>PAGE 1 OF 1</span></div>
"""
    return dict(html=page("NV10", css, body), fields=f, pages=1,
                kind="meditech_style_monospace_consult_order_pulm", mode="standard")
