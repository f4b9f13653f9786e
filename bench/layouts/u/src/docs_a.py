"""NH01-NH05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, skew, dropouts, refax]).

Theme of set U: the everyday mess of real referral traffic -- re-sent faxes, receiving stamps, cover sheets from
referral coordinators, NP/supervising-physician pairs, insurance-card copies, spelled-out dates, specialists'
fax-back intake forms, secure-message printouts, pediatric guardians and workers' comp paperwork. Practices are in
New England, the Midwest, the Mid-Atlantic, the Northwest and the Ohio valley.
"""
from common import npi, P, D, box, page, esc
import faxify


# ====================================================================== NH01
def nh01():
    """A fax of a fax (Warwick RI family medicine -> cardiology): the cardiology group's main office received the
    referral and re-sent it to its satellite office, so each page carries two header lines (the original sender's,
    now part of the page image, and the forwarding office's), at lower quality. Page 2 is the ECG/visit note."""
    f = {
        "patient_last_name": "Ferreira",
        "patient_first_name": "Joaquim",
        "patient_dob": "1957-06-30",
        "patient_sex": "M",
        "patient_phone": "4014630918",
        "patient_mrn": "PFM-118204",
        "insurance_payer": "Neighborhood Health Plan of Rhode Island",
        "insurance_member_id": "NHP0046718822",
        "referring_provider": "Colleen Mahoney",
        "referring_npi": npi("154920736"),
        "referring_phone": "4017375500",
        "referring_fax": "4017375582",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Arturo Pimentel",
        "diagnosis_codes": ["I48.91", "R00.2", "I10"],
        "reason": "New irregular heart rhythm on exam with ECG showing atrial fibrillation, rate 112; please "
                  "evaluate for rate control and anticoagulation.",
        "urgency": "urgent",
        "referral_date": "2026-03-10",
    }
    orig = dict(when="MAR-10-2026 16:18", name="PAWTUXET FAMILY MED", number=f["referring_fax"], to="4018845210",
                fmt="b")
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.hd { display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:4px; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .a { font-size:8.5pt; line-height:1.35; }
h1 { font-size:14pt; text-align:center; margin:8px 0 6px 0; letter-spacing:1px; }
.ln { display:flex; gap:12px; margin:0 0 7px 0; }
.ln .c { display:flex; align-items:flex-end; }
.ln .c b { font-weight:normal; font-size:8.5pt; white-space:nowrap; margin-right:4px; }
.ln .c span { flex:1; border-bottom:1px solid #000; padding:0 4px 1px 4px; font-size:10.5pt; min-height:15px; white-space:nowrap; }
.sec { font-weight:bold; font-size:9.5pt; background:#000; color:#fff; padding:1px 6px; margin:9px 0 6px 0; }
.tx { border:1px solid #000; padding:4px 6px; font-size:10.5pt; line-height:1.35; min-height:0.5in; }
.sig { font-family:'Z003', cursive; font-size:19pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; border-top:1px solid #000; padding-top:2px; }
.note { font-size:10pt; line-height:1.4; }
.note p { margin:0 0 7px 0; }
.note table td { padding:1px 10px 1px 0; vertical-align:top; }
"""

    def ln(*cells):
        return '<div class="ln">' + "".join(
            f'<div class="c" style="flex:{w}"><b>{l}</b><span>{v}</span></div>' for l, v, w in cells) + "</div>"

    p1 = f"""
<div class="sheet">{faxify.embedded_header(orig, 1, 2)}<div class="inner">
<div class="hd"><div><div class="n">Pawtuxet Family Medicine</div>
<div class="a">2190 Broad Street &bull; Warwick, RI 02889</div></div>
<div class="a" style="text-align:right">Tel {P(f['referring_phone'], 'dash')}<br>Fax {P(f['referring_fax'], 'dash')}</div></div>
<h1>SPECIALTY REFERRAL REQUEST</h1>
{ln(('Date:', D(f['referral_date'], 'us'), 2), ('Priority:', 'URGENT &ndash; within 1 week', 3))}
<div class="sec">PATIENT</div>
{ln(('Last name:', 'Ferreira', 3), ('First:', 'Joaquim', 2), ('MI:', 'A', 1))}
{ln(('Date of birth:', D(f['patient_dob'], 'us'), 2), ('Sex:', 'M', 1), ('Phone:', P(f['patient_phone']), 3))}
{ln(('Address:', '61 Norwood Ave, Cranston RI 02905', 4), ('Acct #:', f['patient_mrn'], 2))}
{ln(('Preferred language:', 'Portuguese (interpreter needed)', 4))}
<div class="sec">INSURANCE</div>
{ln(('Plan:', f['insurance_payer'], 4), ('Member ID:', f['insurance_member_id'], 3))}
{ln(('Prior auth:', 'not required per plan', 3), ('PCP on card:', 'Mahoney', 2))}
<div class="sec">REFERRED TO</div>
{ln(('Specialty:', 'Cardiology', 2), ('Physician:', 'Arturo Pimentel, MD', 3))}
{ln(('Practice:', 'Narragansett Heart Group', 3), ('Fax:', P('4018845210', 'dash'), 2))}
<div class="sec">CLINICAL</div>
{ln(('Diagnosis (ICD-10):', 'I48.91 &nbsp; R00.2 &nbsp; I10', 5))}
<div style="font-size:8.5pt;margin:-2px 0 4px 0">I48.91 Unspecified atrial fibrillation &middot; R00.2 Palpitations &middot; I10 Essential (primary) hypertension</div>
<div style="font-size:8.5pt">Reason for referral:</div>
<div class="tx">{esc(f['reason'])}</div>
<div style="font-size:8.5pt;margin-top:6px">Current medications:</div>
<div class="tx" style="min-height:0.35in">Lisinopril 20 mg daily, atorvastatin 40 mg daily. Metoprolol tartrate 25 mg BID started today. No anticoagulant yet (CHA2DS2-VASc 2).</div>
<div class="sec">REFERRING PROVIDER</div>
{ln(('Name:', 'Colleen Mahoney, MD', 3), ('NPI:', f['referring_npi'], 2))}
<div style="display:flex;gap:20px;align-items:flex-end;margin-top:4px">
<div style="flex:1"><div class="sig">Colleen Mahoney</div><div style="border-top:1px solid #000;font-size:8pt">Signature</div></div>
<div style="flex:1;font-size:9pt">Attachments: office note + ECG (1 page)</div></div>
<div class="ft">Pawtuxet Family Medicine &middot; referrals@pawtuxetfm.example &middot; Please fax appointment date to {P(f['referring_fax'], 'dash')}</div>
</div></div>"""
    p2 = f"""
<div class="sheet">{faxify.embedded_header(orig, 2, 2)}<div class="inner">
<div class="hd"><div><div class="n">Pawtuxet Family Medicine</div>
<div class="a">Office Visit Note</div></div>
<div class="a" style="text-align:right">Printed {D('2026-03-10', 'us')} 16:02</div></div>
<div class="note">
<table style="margin:8px 0">
<tr><td><b>Patient:</b> FERREIRA, JOAQUIM A</td><td><b>DOB:</b> {D(f['patient_dob'], 'us')}</td></tr>
<tr><td><b>Visit:</b> {D('2026-03-09', 'us')} &nbsp; 10:40</td><td><b>Provider:</b> Colleen Mahoney, MD</td></tr>
<tr><td><b>Interpreter:</b> Fatima Souza (staff)</td><td><b>Seen with:</b> Graça Ferreira (wife) {P('4014630977')}</td></tr>
</table>
<p><b>CC:</b> "Heart racing" on and off for 3 weeks.</p>
<p><b>HPI:</b> 68 y/o man with HTN and hyperlipidemia reports intermittent palpitations since about {D('2026-02-15', 'us_short')},
with mild dyspnea climbing stairs. No chest pain, syncope or focal weakness. No alcohol binge. Last physical
{D('2025-08-21', 'us')} was unremarkable with regular rhythm.</p>
<p><b>Exam:</b> BP 148/92, HR 108-116 irregularly irregular, SpO2 97% RA. Lungs clear. No edema. No murmur appreciated.</p>
<p><b>ECG ({D('2026-03-09', 'us')}):</b> Atrial fibrillation with rapid ventricular response, rate 112. Normal axis.
QRS 92 ms. No acute ST changes. Compared with tracing of {D('2025-08-21', 'us')}: new AF.</p>
<p><b>Labs ordered:</b> TSH, BMP, CBC, Mg (drawn {D('2026-03-09', 'us')}, pending). TTE ordered &ndash; East Bay Imaging {P('4014379000', 'dash')}.</p>
<p><b>Assessment / Plan:</b></p>
<p>1. New-onset atrial fibrillation with RVR, hemodynamically stable &ndash; start metoprolol tartrate 25 mg BID;
CHA2DS2-VASc 2 (age, HTN); discussed anticoagulation, will defer choice to cardiology. Urgent cardiology referral.<br>
2. Hypertension, suboptimally controlled &ndash; continue lisinopril, recheck 2 wks.<br>
3. Return precautions reviewed with patient and wife via interpreter: ED for chest pain, fainting, or stroke symptoms.</p>
<p>Follow-up: {D('2026-03-24', 'us')} with Dr. Mahoney.</p>
<p style="margin-top:14px">Electronically signed: Colleen Mahoney, MD &nbsp; {D('2026-03-09', 'us')} 17:55</p>
</div>
<div class="ft">Page 2 &middot; Confidential patient information</div>
</div></div>"""
    return dict(html=page("NH01", css, p1 + p2), fields=f, pages=2,
                kind="refaxed_referral_two_stacked_fax_headers_lower_quality_family_med_to_cardiology_plus_visit_note",
                mode="standard", refax=dict(scale=0.72, bleed=0.35), dropouts={2: 2},
                fax=dict(when="03/11/2026 09:05", name="NARRAGANSETT HEART GRP", number="4018845210",
                         to="4014711867", fmt="a"))


# ====================================================================== NH02
def nh02():
    """Boxed referral form (Madison WI internal medicine -> dermatology) with stacked small labels over each value;
    the dermatology office stamped a RECEIVED box (with its own date) and a SCANNED box in the margins."""
    f = {
        "patient_last_name": "Lindqvist",
        "patient_first_name": "Astrid",
        "patient_dob": "1984-10-17",
        "patient_sex": "F",
        "patient_phone": "6082419937",
        "patient_mrn": "7731542",
        "insurance_payer": "Quartz Health Solutions",
        "insurance_member_id": "QZ6017735201",
        "referring_provider": "Priya Raman",
        "referring_npi": npi("173306158"),
        "referring_phone": "6082735100",
        "referring_fax": "6082735190",
        "referred_to_specialty": "dermatology",
        "referred_to_provider": "Lauren Becker",
        "diagnosis_codes": ["D48.5", "L57.0"],
        "reason": "Changing pigmented lesion on left upper back, 7 mm with irregular border and two colors; please "
                  "evaluate and biopsy.",
        "urgency": "routine",
        "referral_date": "2026-02-23",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.hd .n { font-size:16pt; font-weight:bold; letter-spacing:0.5px; }
.hd .a { font-size:8.5pt; line-height:1.4; }
.t { font-size:13pt; font-weight:bold; margin:10px 0 6px 0; border-bottom:2px solid #000; padding-bottom:2px; width:4.5in; }
table.f { width:100%; table-layout:fixed; margin-bottom:8px; }
table.f td { border:1px solid #000; padding:2px 5px 4px 5px; vertical-align:top; }
table.f td i { display:block; font-style:normal; font-size:7pt; text-transform:uppercase; letter-spacing:0.5px; }
table.f td u { text-decoration:none; font-size:10.5pt; }
table.f th { text-align:left; font-size:9pt; padding:2px 0; border:none; letter-spacing:1px; }
.stamp { position:absolute; border:3px solid #000; outline:1.5px solid #000; outline-offset:2px; text-align:center;
         font-family:'Liberation Sans', Arial, sans-serif; font-weight:bold; color:#000; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""

    def c(label, value, span=1):
        return f'<td colspan="{span}"><i>{label}</i><u>{value}</u></td>'

    body = f"""
<div class="sheet">
<div class="stamp" style="top:0.62in; right:0.55in; width:2.05in; padding:4px 2px; transform:rotate(-5deg);">
<div style="font-size:17pt;letter-spacing:3px">RECEIVED</div>
<div style="font-size:13pt">FEB 24 2026</div>
<div style="font-size:7.5pt;letter-spacing:1px">BADGER STATE DERMATOLOGY</div></div>
<div class="stamp" style="bottom:0.9in; left:0.3in; width:1.25in; padding:2px; transform:rotate(3deg); font-size:10pt">
SCANNED<br><span style="font-size:8pt">02/24/26 &nbsp; by: KL</span></div>
<div class="inner">
<div class="hd"><div class="n">Yahara Internal Medicine, S.C.</div>
<div class="a">5801 Research Park Blvd &middot; Madison, WI 53719<br>
Phone {P(f['referring_phone'], 'dot')} &middot; Fax {P(f['referring_fax'], 'dot')}</div></div>
<div class="t">Outpatient Referral</div>
<table class="f">
<tr><th colspan="6">PATIENT INFORMATION</th></tr>
<tr>{c('Last name', 'Lindqvist', 2)}{c('First name', 'Astrid', 2)}{c('Middle', 'M.')}{c('Sex', 'Female')}</tr>
<tr>{c('Date of birth', D(f['patient_dob'], 'us'), 2)}{c('Home / cell phone', P(f['patient_phone'], 'dot'), 2)}{c('MRN', f['patient_mrn'], 2)}</tr>
<tr>{c('Street address', '1418 Jenifer St', 3)}{c('City, state, ZIP', 'Madison, WI 53703', 3)}</tr>
<tr><th colspan="6">INSURANCE</th></tr>
<tr>{c('Primary insurance', f['insurance_payer'], 3)}{c('Member ID', f['insurance_member_id'], 2)}{c('Group', '2204719')}</tr>
<tr>{c('Secondary insurance', 'None')}{c('Authorization', 'Not required (in-network specialist)', 5)}</tr>
<tr><th colspan="6">REFERRAL</th></tr>
<tr>{c('Referral date', D(f['referral_date'], 'us'), 2)}{c('Specialty', 'Dermatology', 2)}{c('Priority', box(True) + 'Routine ' + box(False) + 'Urgent', 2)}</tr>
<tr>{c('Referred to', 'Lauren Becker, MD', 2)}{c('Practice', 'Badger State Dermatology, 2 W Mifflin St', 2)}{c('Phone / fax', P('6082568400', 'dot') + ' / ' + P('6082568411', 'dot'), 2)}</tr>
<tr>{c('ICD-10 codes', 'D48.5 &nbsp; L57.0', 2)}{c('Descriptions', 'Neoplasm of uncertain behavior of skin; Actinic keratosis', 4)}</tr>
<tr>{c('Reason for referral / question', esc(f['reason']), 6)}</tr>
<tr>{c('Relevant history', 'Fair skin, multiple sunburns as a teen, tanning-bed use in her 20s. Mother had melanoma at 52. Lesion first noticed by husband about 4 months ago; photo in chart. Scaly papules on both forearms (AKs), not treated.', 6)}</tr>
<tr><th colspan="6">REFERRING PROVIDER</th></tr>
<tr>{c('Name', 'Priya Raman, MD', 2)}{c('NPI', f['referring_npi'], 2)}{c('Signature', '<span style="font-family:Z003,cursive;font-size:15pt">Priya Raman</span>', 2)}</tr>
<tr>{c('Contact for questions', 'Jenna Kowalski, referral nurse, ext. 214', 3)}{c('Date signed', D('2026-02-23', 'us'), 3)}</tr>
</table>
<div class="ft"><span>YIM-REF 11/2025</span><span>Please send consult note to fax {P(f['referring_fax'], 'dot')}</span></div>
</div></div>"""
    return dict(html=page("NH02", css, body), fields=f, pages=1,
                kind="boxed_form_stacked_labels_received_and_scanned_rubber_stamps_in_margins_im_to_dermatology",
                mode="fine", skew={1: 0.7},
                fax=dict(when="02/23/2026 15:47", name="YAHARA INTERNAL MED", number=f["referring_fax"],
                         to="6082568411", fmt="d"))


# ====================================================================== NH03
def nh03():
    """Packet from a health system's central referral office (Columbus OH): page 1 is the coordinator's fax cover
    sheet with the office's own phone/fax; page 2 the physician's referral (different phone/fax); page 3 the
    medication list with a pharmacy's numbers. Family medicine -> gastroenterology."""
    f = {
        "patient_last_name": "Abernathy",
        "patient_first_name": "Glenn",
        "patient_dob": "1966-01-29",
        "patient_sex": "M",
        "patient_phone": "6148831270",
        "patient_mrn": "SVH4471902",
        "insurance_payer": "Medical Mutual of Ohio",
        "insurance_member_id": "MMO884201937",
        "referring_provider": "Marcus Feldman",
        "referring_npi": npi("122874405"),
        "referring_phone": "6147762300",
        "referring_fax": "6147762341",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Nadia Haddad",
        "diagnosis_codes": ["D50.0", "R19.5"],
        "reason": "Positive FIT test and iron deficiency anemia (Hgb 10.9, ferritin 6); please evaluate with "
                  "colonoscopy and EGD.",
        "urgency": "urgent",
        "referral_date": "2026-03-04",
    }
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; }
.cv h1 { font-family:'Liberation Sans', Arial, sans-serif; font-size:34pt; margin:0.2in 0 0.1in 0; letter-spacing:4px; }
.cv .org { font-family:'Liberation Sans', Arial, sans-serif; font-size:13pt; font-weight:bold; }
.cv table.c { width:100%; margin-top:0.25in; font-size:12pt; }
.cv table.c td { padding:7px 6px; border-bottom:1px solid #000; vertical-align:top; }
.cv table.c td.l { width:1.3in; font-weight:bold; }
.cv .chk { margin:0.2in 0; font-size:11pt; }
.cv .cm { border:1.5px solid #000; padding:8px; min-height:1.4in; font-size:11.5pt; line-height:1.45; }
.cv .conf { font-size:8.5pt; margin-top:0.3in; text-align:justify; }
.rf { font-family:'Liberation Sans', Arial, sans-serif; font-size:9.5pt; }
.rf .hd { display:flex; justify-content:space-between; border-bottom:1.5px solid #000; padding-bottom:4px; }
.rf .hd .n { font-size:13pt; font-weight:bold; }
.rf h2 { font-size:12pt; margin:8px 0; }
.rf table.g { width:100%; margin-bottom:8px; }
.rf table.g td { padding:3px 4px; border-bottom:0.8px solid #000; vertical-align:top; }
.rf table.g td.l { font-weight:bold; width:1.45in; font-size:8.5pt; }
.rf .box { border:1px solid #000; padding:5px; margin-bottom:8px; line-height:1.35; }
.ml { font-family:'Liberation Mono', monospace; font-size:9pt; line-height:1.35; }
.ml table { width:100%; }
.ml th, .ml td { text-align:left; padding:2px 4px; vertical-align:top; }
.ml th { border-bottom:1px solid #000; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; }
"""
    p1 = f"""
<div class="sheet"><div class="inner cv">
<div class="org">Scioto Valley Health Partners<br><span style="font-weight:normal;font-size:10.5pt">Central Referral Office &middot; 3535 Olentangy River Rd, Columbus, OH 43214</span></div>
<h1>FAX</h1>
<table class="c">
<tr><td class="l">To:</td><td>Buckeye Digestive Health &ndash; New Patient Scheduling</td></tr>
<tr><td class="l">Fax:</td><td>{P('6144578821')}</td></tr>
<tr><td class="l">From:</td><td>Denise Pruitt, Referral Coordinator</td></tr>
<tr><td class="l">Phone:</td><td>{P('6142985000')} ext. 4417</td></tr>
<tr><td class="l">Fax:</td><td>{P('6142985099')}</td></tr>
<tr><td class="l">Date:</td><td>{D('2026-03-05', 'us')}</td></tr>
<tr><td class="l">Pages:</td><td>3 (including cover)</td></tr>
<tr><td class="l">Re:</td><td>New referral &ndash; Abernathy, Glenn</td></tr>
</table>
<div class="chk">{box(True)} Urgent &nbsp;&nbsp; {box(False)} For review &nbsp;&nbsp; {box(True)} Please reply &nbsp;&nbsp; {box(False)} Please recycle</div>
<div class="cm"><b>Comments:</b> Please schedule this patient for GI consult. Referral and med list attached. Patient
prefers morning appointments and the Dublin location. Questions about this referral can go to me at the number above;
clinical questions to Dr. Feldman's office. Please send scheduling confirmation to our office fax
{P('6142985099')}.</div>
<div class="conf">CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health
information that is legally privileged. This information is intended only for the use of the recipient named above. If
you have received this fax in error, please notify the sender immediately by telephone and destroy the documents.</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner rf">
<div class="hd"><div><div class="n">Scioto Valley Health Partners &ndash; Hilliard Family Medicine</div>
4030 Main St, Hilliard, OH 43026</div>
<div style="text-align:right">Office {P(f['referring_phone'], 'dash')}<br>Fax {P(f['referring_fax'], 'dash')}</div></div>
<h2>Referral to Specialist &nbsp; <span style="font-weight:normal;font-size:9.5pt">Order #RF-2026-0318842</span></h2>
<table class="g">
<tr><td class="l">Patient</td><td>ABERNATHY, GLENN T</td><td class="l">MRN</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">DOB / Age / Sex</td><td>{D(f['patient_dob'], 'us')} / 60 y / M</td><td class="l">Phone (mobile)</td><td>{P(f['patient_phone'], 'dash')}</td></tr>
<tr><td class="l">Address</td><td colspan="3">5520 Cemetery Rd, Hilliard, OH 43026</td></tr>
<tr><td class="l">Insurance</td><td>{f['insurance_payer']}</td><td class="l">Subscriber ID</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Referral date</td><td>{D(f['referral_date'], 'us')}</td><td class="l">Urgency</td><td>Urgent</td></tr>
<tr><td class="l">Refer to</td><td>Gastroenterology</td><td class="l">Provider</td><td>Nadia Haddad, MD</td></tr>
<tr><td class="l">Location</td><td colspan="3">Buckeye Digestive Health, 6810 Perimeter Dr, Dublin, OH 43016 &middot; ph {P('6144578800', 'dash')}</td></tr>
<tr><td class="l">Diagnoses</td><td colspan="3">D50.0 &ndash; Iron deficiency anemia secondary to blood loss (chronic)<br>R19.5 &ndash; Other fecal abnormalities (positive fecal immunochemical test)</td></tr>
</table>
<div style="font-weight:bold;font-size:8.5pt">Reason for referral</div>
<div class="box">{esc(f['reason'])}</div>
<div style="font-weight:bold;font-size:8.5pt">Clinical notes</div>
<div class="box">60 y/o male, never screened for colorectal cancer. FIT mailed {D('2026-02-02', 'us')}, resulted positive
{D('2026-02-13', 'us')}. Fatigue x 3 months. No overt melena or hematochezia reported. CBC {D('2026-02-26', 'us')}: Hgb 10.9,
MCV 74; ferritin 6. On aspirin 81 mg (stopped {D('2026-02-27', 'us')}). Started ferrous sulfate 325 mg daily. No anticoagulants.
Hx: T2DM (A1c 6.8), HTN, OSA on CPAP &ndash; please note for sedation planning.</div>
<table class="g">
<tr><td class="l">Referring provider</td><td>Marcus Feldman, DO</td><td class="l">NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Electronically signed</td><td>{D('2026-03-04', 'us')} 12:31</td><td class="l">Order entered by</td><td>T. Greenlee, MA</td></tr>
</table>
<div class="ft">Printed {D('2026-03-05', 'us')} 08:47 by PRUITTD &middot; Page 1 of 1</div>
</div></div>"""
    p3 = f"""
<div class="sheet"><div class="inner ml">
<div style="font-family:'Liberation Sans',Arial,sans-serif;font-size:12pt;font-weight:bold">CURRENT MEDICATION LIST</div>
<div>ABERNATHY, GLENN T &nbsp; DOB {D(f['patient_dob'], 'us')} &nbsp; MRN {f['patient_mrn']}</div>
<div>As of {D('2026-03-04', 'us')} &nbsp; Reconciled by: Tanya Greenlee, MA</div>
<br>
<table>
<tr><th>MEDICATION</th><th>SIG</th><th>STARTED</th><th>PRESCRIBER</th></tr>
<tr><td>metformin 1000 mg tab</td><td>1 tab PO BID with meals</td><td>{D('2019-05-14', 'us')}</td><td>Feldman, M</td></tr>
<tr><td>lisinopril 10 mg tab</td><td>1 tab PO daily</td><td>{D('2021-11-03', 'us')}</td><td>Feldman, M</td></tr>
<tr><td>rosuvastatin 10 mg tab</td><td>1 tab PO nightly</td><td>{D('2021-11-03', 'us')}</td><td>Feldman, M</td></tr>
<tr><td>ferrous sulfate 325 mg tab</td><td>1 tab PO daily</td><td>{D('2026-02-27', 'us')}</td><td>Feldman, M</td></tr>
<tr><td>omeprazole 20 mg cap</td><td>1 cap PO daily PRN heartburn</td><td>{D('2024-06-18', 'us')}</td><td>Chen, L (urgent care)</td></tr>
<tr><td>aspirin 81 mg EC tab</td><td>STOPPED {D('2026-02-27', 'us')}</td><td>{D('2020-01-09', 'us')}</td><td>Feldman, M</td></tr>
</table>
<br>
<div>ALLERGIES: Sulfa antibiotics (rash). Shellfish (hives).</div>
<br>
<div>PREFERRED PHARMACY: Kroger Pharmacy #944, 3600 Park Mill Run Dr, Hilliard OH</div>
<div>PHARMACY PHONE: {P('6145290312', 'dash')} &nbsp; PHARMACY FAX: {P('6145290377', 'dash')}</div>
<br>
<div>EMERGENCY CONTACT: Ruth Abernathy (spouse) {P('6148831288', 'dash')}</div>
<div class="ft">SVHP EHR &middot; medication list &middot; page 1 of 1</div>
</div></div>"""
    return dict(html=page("NH03", css, p1 + p2 + p3), fields=f, pages=3,
                kind="referral_coordinator_cover_sheet_with_own_phone_fax_then_referral_then_med_list_fm_to_gi",
                mode="standard", skew={3: -0.6},
                fax=dict(when="03/05/2026 08:52", name="SVHP CENTRAL REFERRAL", number="6142985099",
                         to="Buckeye Digestive", fmt="g"))


# ====================================================================== NH04
def nh04():
    """Rural family clinic (Spokane WA) -> neurology: the referral is written and signed by a family nurse
    practitioner (the referring provider, with her NPI); her collaborating physician co-signs with a different
    NPI. Page 2 is the emergency-department discharge summary with its own physician, dates and phones."""
    f = {
        "patient_last_name": "Nakamura",
        "patient_first_name": "Reid",
        "patient_dob": "1991-04-08",
        "patient_sex": "M",
        "patient_phone": "5094260813",
        "patient_mrn": "INFC-3308127",
        "insurance_payer": "Premera Blue Cross",
        "insurance_member_id": "PBC77216490",
        "referring_provider": "Kayla Brandt",
        "referring_npi": npi("139552018"),
        "referring_phone": "5094893300",
        "referring_fax": "5094893317",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Ingrid Halvorsen",
        "diagnosis_codes": ["R56.9", "R51.9"],
        "reason": "First unprovoked generalized seizure with normal CT head and daily headaches since; please "
                  "evaluate, obtain EEG and MRI brain, and advise on driving and treatment.",
        "urgency": "urgent",
        "referral_date": "2026-03-17",
    }
    sup_npi = npi("188231470")
    assert sup_npi != f["referring_npi"]
    css = """
body { font-family: 'P052', 'Palatino Linotype', serif; font-size: 10.5pt; }
.hd { display:flex; align-items:center; gap:14px; border-bottom:1px solid #000; padding-bottom:6px; }
.hd .logo { width:0.55in; height:0.55in; border:2.5px solid #000; border-radius:50%; text-align:center;
            font: bold 15pt/0.5in 'URW Gothic', sans-serif; }
.hd .n { font-size:15pt; font-variant:small-caps; letter-spacing:1px; }
.hd .a { font-size:8.5pt; }
h1 { font-size:13pt; margin:10px 0 8px 0; font-variant:small-caps; letter-spacing:1px; }
table.p { width:100%; font-size:10pt; }
table.p td { padding:2px 6px 2px 0; vertical-align:top; }
table.p td.l { font-weight:bold; white-space:nowrap; width:1.2in; }
.blk { margin:8px 0; line-height:1.4; }
.two { display:flex; gap:0.3in; margin-top:12px; }
.two > div { flex:1; font-size:9.5pt; line-height:1.35; }
.sig { font-family:'Z003', cursive; font-size:18pt; border-bottom:1px solid #000; }
.ds { font-family:'Liberation Sans', Arial, sans-serif; font-size:9.5pt; line-height:1.38; }
.ds h2 { font-size:12pt; margin:0 0 4px 0; }
.ds p { margin:0 0 6px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; border-top:1px solid #000; padding-top:2px; }
"""
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="logo">INF</div><div><div class="n">Inland Northwest Family Clinic</div>
<div class="a">12108 N Division St, Spokane, WA 99218 &nbsp;|&nbsp; phone {P(f['referring_phone'])} &nbsp;|&nbsp; fax {P(f['referring_fax'])}</div></div></div>
<h1>Referral for Neurology Consultation</h1>
<table class="p">
<tr><td class="l">Date</td><td>{D(f['referral_date'], 'long')}</td><td class="l">Urgency</td><td><b>Urgent</b> (please schedule within 7 days)</td></tr>
<tr><td class="l">To</td><td colspan="3">Ingrid Halvorsen, MD &ndash; Spokane Neurology Specialists, 820 S McClellan St, Spokane WA 99204 &middot; fax {P('5094558121')}</td></tr>
<tr><td class="l">Patient</td><td>Reid Nakamura</td><td class="l">Chart no.</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Birth date</td><td>{D(f['patient_dob'], 'us')}</td><td class="l">Sex</td><td>Male</td></tr>
<tr><td class="l">Phone</td><td>{P(f['patient_phone'])}</td><td class="l">Occupation</td><td>Delivery driver (CDL)</td></tr>
<tr><td class="l">Insurance</td><td>{f['insurance_payer']}</td><td class="l">Member ID</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">ICD-10</td><td colspan="3">R56.9 Unspecified convulsions; R51.9 Headache, unspecified</td></tr>
</table>
<div class="blk"><b>Reason for referral:</b> {esc(f['reason'])}</div>
<div class="blk">Mr. Nakamura is a 34-year-old right-handed man, previously well, who had a witnessed generalized
tonic-clonic seizure at home on the morning of {D('2026-03-14', 'long')} after a night of poor sleep, lasting about
two minutes with tongue biting and post-ictal confusion. He was taken to Holy Family ED; CT head and labs were normal
(discharge summary attached). He has had a daily dull bifrontal headache since. No prior seizures, head injury, or
family history of epilepsy; alcohol 4-6 drinks on weekends; no drug use. Neurologic exam in clinic today is normal.
He has been counseled not to drive (state guidance) and has been taken off CDL duty. Not started on an antiseizure
medication &ndash; we would value your advice.</div>
<div class="two">
<div><div class="sig">Kayla Brandt</div>
Kayla Brandt, MSN, FNP-C<br>Family Nurse Practitioner &ndash; referring provider<br>NPI {f['referring_npi']}<br>
Direct line {P('5094893305')}</div>
<div><div class="sig">T. Ellery</div>
Collaborating physician: Thomas Ellery, MD<br>Family Medicine<br>NPI {sup_npi}<br>
Reviewed and co-signed {D('2026-03-17', 'us')}</div>
</div>
<div class="blk" style="margin-top:14px;font-size:9.5pt">Please fax the consult note to {P(f['referring_fax'])}. Patient
prefers text reminders; his partner Jordan Ames ({P('5094261194')}) may drive him to the visit.</div>
<div class="ft">INFC &middot; Referral &middot; Page 1 of 2</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner ds">
<div style="display:flex;justify-content:space-between;border-bottom:2px solid #000;padding-bottom:4px;margin-bottom:8px">
<div><b style="font-size:12pt">PROVIDENCE HOLY FAMILY HOSPITAL &ndash; EMERGENCY DEPARTMENT</b><br>5633 N Lidgerwood St, Spokane WA 99208</div>
<div style="text-align:right">ED main {P('5094825800', 'dash')}<br>HIM fax {P('5094825899', 'dash')}</div></div>
<h2>ED Discharge Summary</h2>
<p><b>Patient:</b> NAKAMURA, REID &nbsp; <b>DOB:</b> {D(f['patient_dob'], 'us')} &nbsp; <b>ED Acct:</b> 0826104471</p>
<p><b>Arrival:</b> {D('2026-03-14', 'us')} 07:22 &nbsp; <b>Discharge:</b> {D('2026-03-14', 'us')} 13:05 &nbsp; <b>Attending:</b> Owen Patterson, MD</p>
<p><b>Chief complaint:</b> Seizure.</p>
<p><b>HPI:</b> 34M brought by EMS after witnessed generalized convulsion at home per partner. Post-ictal on arrival,
GCS 13 improving to 15 within 40 min. Lateral tongue laceration. No incontinence. Denies prior events.</p>
<p><b>Results:</b> CT head without contrast: no acute intracranial abnormality. Glucose 104, Na 139, Ca 9.4, Mg 2.0,
CK 410. Ethanol negative. Urine drug screen negative. ECG: sinus rhythm 88, normal intervals.</p>
<p><b>ED course:</b> Observed 5 h, no recurrence. Neurology (on call, Dr. Sunita Rao) consulted by phone: no loading
dose required for a single unprovoked seizure with normal CT; outpatient EEG and MRI; follow up with PCP within 3 days.</p>
<p><b>Diagnosis:</b> First seizure (R56.9).</p>
<p><b>Instructions:</b> No driving until cleared by neurology. No swimming alone, no heights. Return for any further
seizure, seizure over 5 minutes, or injury. Follow-up: Inland Northwest Family Clinic within 3 days.</p>
<p><b>Disposition:</b> Home with partner. Condition: stable.</p>
<p style="margin-top:12px">Electronically signed by Owen Patterson, MD on {D('2026-03-14', 'us')} 13:22</p>
<div class="ft">Holy Family ED &middot; Page 1 of 1 &middot; Printed {D('2026-03-16', 'us')}</div>
</div></div>"""
    return dict(html=page("NH04", css, p1 + p2), fields=f, pages=2,
                kind="np_referring_provider_with_collaborating_physician_second_npi_letter_form_to_neurology_plus_ed_summary",
                mode="fine", skew={2: -1.2},
                fax=dict(when="03/17/2026 11:36", name="INLAND NW FAMILY CLINIC", number=f["referring_fax"],
                         to="5094558121", fmt="c"))


# ====================================================================== NH05
def nh05():
    """Family practice (Des Moines IA) -> pulmonology on a ruled-line referral form with no preferred pulmonologist;
    page 2 is a photocopy of the insurance card, front and back drawn as boxes, full of other numbers (ID#, Member
    No., Subscriber, Group, RxBIN/RxPCN/RxGrp, phone numbers)."""
    f = {
        "patient_last_name": "Van Zee",
        "patient_first_name": "Marlene",
        "patient_dob": "1952-12-03",
        "patient_sex": "F",
        "patient_phone": "5152780446",
        "patient_mrn": "BFP-6620931",
        "insurance_payer": "Wellmark Blue Cross Blue Shield",
        "insurance_member_id": "WMK923104566",
        "referring_provider": "Jonathan Pietrzak",
        "referring_npi": npi("166014392"),
        "referring_phone": "5152557000",
        "referring_fax": "5152557035",
        "referred_to_specialty": "pulmonology",
        "diagnosis_codes": ["R91.1", "J44.9"],
        "reason": "9 mm solid right upper lobe nodule on CT chest in a former smoker with COPD; please evaluate and "
                  "advise on PET versus biopsy.",
        "urgency": "routine",
        "referral_date": "2026-04-02",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9.5pt; }
.hd { text-align:center; }
.hd .n { font-size:14pt; font-weight:bold; }
.hd .a { font-size:8.5pt; }
.t { text-align:center; font-size:12pt; font-weight:bold; margin:8px 0 10px 0; letter-spacing:3px; }
.r { display:flex; gap:10px; margin-bottom:9px; align-items:flex-end; }
.r > div { display:flex; align-items:flex-end; }
.r b { font-weight:normal; white-space:nowrap; margin-right:4px; font-size:8.5pt; }
.r span { flex:1; border-bottom:1px solid #000; padding:0 3px; font-family:'DejaVu Sans Mono', monospace; font-size:10pt; white-space:nowrap; }
.r span.w { white-space:normal; }
.g { font-weight:bold; border-bottom:2px solid #000; margin:10px 0 7px 0; font-size:9pt; letter-spacing:1px; }
.card { border:1.5px solid #000; border-radius:12px; width:3.6in; height:2.25in; padding:8px 10px; position:relative;
        font-family:'Liberation Sans', Arial, sans-serif; font-size:8.5pt; line-height:1.3; }
.card .nm { font-size:12pt; font-weight:bold; }
.card table td { padding:0 6px 0 0; vertical-align:top; }
.cap { font-size:8pt; margin:4px 0 14px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; }
"""

    def r(*cells):
        return '<div class="r">' + "".join(
            f'<div style="flex:{x[2]}{";align-items:flex-start" if len(x) > 3 else ""}"><b>{x[0]}</b><span class="{x[3] if len(x) > 3 else ""}">{x[1]}</span></div>'
            for x in cells) + "</div>"

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">BEAVERDALE FAMILY PHYSICIANS, P.C.</div>
<div class="a">2720 Beaver Ave &middot; Des Moines, Iowa 50310 &middot; Ph {P(f['referring_phone'], 'dash')} &middot; Fax {P(f['referring_fax'], 'dash')}</div></div>
<div class="t">CONSULTATION / REFERRAL</div>
{r(('Date', D(f['referral_date'], 'mmddyy'), 2), ('Appointment requested', 'Routine', 3))}
<div class="g">PATIENT</div>
{r(('Name (last, first)', 'VAN ZEE, MARLENE A', 4), ('Sex', 'F', 1))}
{r(('DOB', D(f['patient_dob'], 'us'), 2), ('Phone', P(f['patient_phone'], 'paren'), 2), ('Chart', f['patient_mrn'], 2))}
{r(('Address', '3107 Crocker St, Des Moines IA 50312', 5))}
{r(('Insurance', f['insurance_payer'], 4), ('ID', f['insurance_member_id'], 3))}
<div style="font-size:8pt;margin:-4px 0 6px 0">(card copy attached)</div>
<div class="g">CONSULTANT</div>
{r(('Specialty', 'Pulmonology', 2), ('Physician', 'First available / any', 3))}
{r(('Practice', 'Capital Pulmonary &amp; Sleep, 1221 Pleasant St', 4), ('Fax', P('5152418610', 'paren'), 2))}
<div class="g">CLINICAL INFORMATION</div>
{r(('Dx / ICD-10', 'R91.1 Solitary pulmonary nodule; J44.9 COPD, unspecified', 5))}
{r(('Reason', esc(f['reason']), 5, 'w'))}
{r(('History', 'Quit smoking 2011, 40 pack-years. FEV1 61% pred (PFT ' + D('2025-10-14', 'mmddyy') + '). CT chest ' + D('2026-03-27', 'mmddyy') + ' at Iowa Radiology: 9 mm RUL solid nodule, no adenopathy. No prior CT for comparison.', 5, 'w'))}
{r(('Meds', 'Tiotropium/olodaterol inh daily, albuterol PRN, amlodipine 5 mg', 5, 'w'))}
{r(('Records sent', 'CT report, PFTs, last 2 office notes', 5))}
<div class="g">REFERRING PHYSICIAN</div>
{r(('Name', 'Jonathan Pietrzak, MD', 3), ('NPI', f['referring_npi'], 2))}
{r(('Signature', '<span style="font-family:Z003,cursive;font-size:15pt">J Pietrzak</span>', 3), ('Contact', 'Shelby, referral desk', 2))}
<div class="ft">BFP form 22 &middot; Please fax consult report to {P(f['referring_fax'], 'paren')}</div>
</div></div>"""
    card_front = f"""
<div class="card">
<div style="display:flex;justify-content:space-between"><div class="nm">Wellmark<span style="font-weight:normal"> &#9830;</span></div>
<div style="text-align:right;font-size:7.5pt">Blue Cross Blue Shield<br>of Iowa</div></div>
<div style="margin:6px 0 4px 0;font-size:9pt"><b>Alliance Select PPO</b></div>
<table>
<tr><td>Member</td><td><b>MARLENE A VAN ZEE</b></td></tr>
<tr><td>ID#</td><td><b>{f['insurance_member_id']}</b></td></tr>
<tr><td>Member No.</td><td>02</td></tr>
<tr><td>Subscriber</td><td>HAROLD J VAN ZEE &nbsp; Subscriber # 01</td></tr>
<tr><td>Group</td><td>04417720 &nbsp; Eff. {D('2025-01-01', 'us')}</td></tr>
</table>
<div style="position:absolute;bottom:8px;left:10px;right:10px;display:flex;justify-content:space-between;font-size:8pt">
<span>RxBIN 610014<br>RxPCN WMKRX</span><span>RxGrp WMK01<br>Issuer (80840) 9151014609</span>
<span>PCP $25<br>Spec $50</span></div>
</div>"""
    card_back = f"""
<div class="card" style="font-size:8pt">
<div>Members: Customer Service {P('8005243470', 'one')}<br>
Behavioral health {P('8004372447', 'one')} &middot; 24/7 Nurse line {P('8005522888', 'one')}</div>
<div style="margin-top:5px">Providers: Eligibility &amp; benefits {P('8005243470', 'one')}<br>
Pre-certification {P('8003554466', 'one')} &middot; Pharmacist help desk {P('8008533040', 'one')}</div>
<div style="margin-top:5px">Submit claims to: Wellmark, PO Box 9291, Des Moines IA 50306-9291</div>
<div style="margin-top:5px">This card does not guarantee coverage. Carry it with you; show it at every visit. Misuse
of this card may be grounds for termination of coverage.</div>
<div style="position:absolute;bottom:8px;left:10px;font-size:7pt">Wellmark.com &middot; An Independent Licensee of the Blue Cross and Blue Shield Association</div>
</div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div style="font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;font-weight:bold;margin-bottom:4px">INSURANCE CARD COPY</div>
<div style="font-size:8.5pt;margin-bottom:12px">Scanned at front desk {D('2026-01-06', 'us')} by M. Hoang &middot; Patient: VAN ZEE, MARLENE &middot; DOB {D(f['patient_dob'], 'us')}</div>
{card_front}
<div class="cap">FRONT</div>
{card_back}
<div class="cap">BACK</div>
<div style="font-size:8.5pt">Secondary coverage: none on file. &nbsp; Last eligibility check: {D('2026-04-01', 'us')} (active).</div>
<div class="ft">Beaverdale Family Physicians &middot; page 2 of 2</div>
</div></div>"""
    return dict(html=page("NH05", css, p1 + p2), fields=f, pages=2,
                kind="ruled_line_form_no_named_consultant_plus_insurance_card_copy_front_back_distractor_ids_fp_to_pulmonology",
                mode="standard", dropouts={1: 2},
                fax=dict(when="04/02/2026 14:09", name="BEAVERDALE FAM PHYS", number=f["referring_fax"],
                         to="5152418610", fmt="h"))
