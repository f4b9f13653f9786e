"""NB06-NB10 document builders. Each returns dict(html, fields, pages, kind, mode, fax)."""
from common import npi, P, D, box, page, esc


def PB(num):
    """A phone number written into printed area-code / exchange / line boxes: ( 712 ) 262-4481."""
    return (f'<span class="pb">(<span class="bx b3">{num[:3]}</span>)&nbsp;<span class="bx b3">{num[3:6]}</span>'
            f'-<span class="bx b4">{num[6:]}</span></span>')


PB_EMPTY = ('<span class="pb">(<span class="bx b3">&nbsp;</span>)&nbsp;<span class="bx b3">&nbsp;</span>'
            '-<span class="bx b4">&nbsp;</span></span>')


# ====================================================================== NB06
def nb06():
    """Rural Iowa multispecialty clinic: phone numbers written into '( ___ ) ___-____' boxes, ICD-10 codes
    without dots, urgency checkboxes, Bookman."""
    f = {
        "patient_last_name": "Vander Ploeg",
        "patient_first_name": "Harlan",
        "patient_dob": "1952-03-04",
        "patient_sex": "M",
        "patient_phone": "7122624481",
        "patient_mrn": "PL-448120",
        "insurance_payer": "Wellmark Blue Cross Blue Shield of Iowa",
        "insurance_member_id": "WIX300918276",
        "referring_provider": "Kristin Oyelaran",
        "referring_npi": npi("171204586"),
        "referring_phone": "7122627700",
        "referring_fax": "7122627789",
        "referred_to_specialty": "podiatry",
        "referred_to_provider": "Nathaniel Brandt",
        "diagnosis_codes": ["E11.42", "L60.0"],
        "reason": "Diabetic neuropathy with infected ingrown right great toenail, erythema and drainage despite "
                  "cephalexin; needs nail avulsion and diabetic foot care.",
        "urgency": "urgent",
        "referral_date": "2026-03-09",
    }
    css = """
body { font-family: 'URW Bookman', 'Bookman Old Style', serif; font-size: 9.5pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; }
.hd .n { font-size:13pt; font-weight:bold; }
.hd .t { font-size:14pt; font-weight:bold; text-align:right; }
hr { border:none; border-top:2.5px solid #000; margin:4px 0 8px 0; }
fieldset { border:1.4px solid #000; margin:0 0 8px 0; padding:3px 8px 6px 8px; }
legend { font-weight:bold; padding:0 4px; font-size:10pt; }
.r { display:flex; gap:0.18in; margin:5px 0; align-items:center; flex-wrap:nowrap; }
.r .l { font-size:8pt; margin-right:4px; white-space:nowrap; }
.v { border-bottom:1px solid #000; padding:0 3px; white-space:nowrap; }
.bx { display:inline-block; border:1px solid #000; text-align:center; padding:0 2px; margin:0 2px; height:1.35em; line-height:1.3em; }
.b3 { min-width:0.38in; } .b4 { min-width:0.5in; }
.pb { white-space:nowrap; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    def l(t):
        return f'<span class="l">{t}</span>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Prairie Lakes Clinic</div><div style="font-size:8.5pt">Family Medicine &middot; Internal Medicine &middot; General Surgery<br>
1005 W 4th St, Spencer, IA 51301</div></div>
<div class="t">REFERRAL FORM<div style="font-size:8.5pt;font-weight:normal">Main switchboard {PB('7122627000')}</div></div></div>
<hr>
<fieldset><legend>Patient</legend>
<div class="r">{l('Last')}<span class="v">Vander Ploeg</span>{l('First')}<span class="v">Harlan</span>{l('MI')}<span class="v">D</span>{l('DOB')}<span class="v">{D(f['patient_dob'], 'mdyy')}</span>{l('Sex')}<span class="v">M</span></div>
<div class="r">{l('Address')}<span class="v">2217 280th St, Everly, IA 51338</span>{l('Chart No.')}<span class="v">{f['patient_mrn']}</span></div>
<div class="r">{l('Home phone')}{PB(f['patient_phone'])}{l('Cell phone')}{PB_EMPTY}</div>
<div class="r">{l('Insurance')}<span class="v">{f['insurance_payer']}</span></div>
<div class="r">{l('ID #')}<span class="v">{f['insurance_member_id']}</span>{l('Group #')}<span class="v">00391744</span>{l('Secondary')}<span class="v">Medicare Part B</span></div>
<div class="r">{l('Emergency contact')}<span class="v">Joyce Vander Ploeg</span>{l('Phone')}{PB('7122621950')}</div>
</fieldset>
<fieldset><legend>Referred by</legend>
<div class="r">{l('Provider')}<span class="v">Kristin Oyelaran, PA-C</span>{l('NPI')}<span class="v">{f['referring_npi']}</span>{l('Supervising MD')}<span class="v">Dale Ruhland, MD</span></div>
<div class="r">{l('Phone')}{PB(f['referring_phone'])}{l('Fax')}{PB(f['referring_fax'])}</div>
</fieldset>
<fieldset><legend>Referred to</legend>
<div class="r">{l('Specialty')}<span class="v">Podiatry</span>{l('Provider')}<span class="v">Dr. Nathaniel Brandt, DPM</span>{l('Location')}<span class="v">Lakes Foot &amp; Ankle, Spirit Lake</span></div>
<div class="r">{l('Phone')}{PB('7123365120')}{l('Fax')}{PB('7123365128')}</div>
</fieldset>
<fieldset><legend>Clinical</legend>
<div class="r">{l('Dx code(s)')}<span class="v">E1142</span><span class="v">L600</span>{l('Description')}<span class="v">Type 2 DM w/ diabetic polyneuropathy; ingrowing nail</span></div>
<div style="margin:6px 0 2px 0">{l('Reason for referral')}</div>
<div style="border:1px solid #000;padding:3px 5px;min-height:0.5in;line-height:1.4">{esc(f['reason'])}</div>
<div class="r" style="margin-top:7px">{l('Urgency')}<span>{box(False)}Routine</span><span>{box(True)}Urgent (within 48 hrs)</span><span>{box(False)}Stat</span>{l('Referral date')}<span class="v">{D(f['referral_date'], 'mdyy')}</span></div>
<div class="r">{l('Last A1c')}<span class="v">8.9% ({D('2026-02-20', 'mdyy')})</span>{l('Allergies')}<span class="v">Penicillin (hives)</span>{l('Anticoagulant')}<span class="v">None</span></div>
</fieldset>
<div class="r" style="margin-top:16px"><span style="flex:2;border-top:1px solid #000;font-size:8pt">Signature of referring provider</span><span style="flex:1;border-top:1px solid #000;font-size:8pt">Date</span></div>
<div class="r" style="font-size:8pt">Office use &mdash; Appt date: ________ &nbsp; Time: ______ &nbsp; Pt notified by: ______ &nbsp; Records sent {box(False)}</div>
<div class="ft"><span>PLC-REF 11/2025</span><span>Please call our referral line {PB('7122627744')} with questions</span></div>
</div></div>"""
    return dict(html=page("NB06", css, body), fields=f, pages=1,
                kind="rural_multispecialty_referral_phone_area_code_boxes_dotless_icd_to_podiatry",
                mode="standard",
                fax=dict(when="MAR-09-2026 10:18", name="PRAIRIE LAKES CLINIC", number=f["referring_fax"],
                         to="7123365128", fmt="f"))


# ====================================================================== NB07
def nb07():
    """Massachusetts hospital outpatient primary care: letter-like referral whose reason is several
    sentences in a bordered box; urgency in words; Nimbus Roman."""
    reason = ("Mr. Kowalczyk had two witnessed generalized tonic-clonic seizures in the past 10 days with no prior "
              "history. CT head in the ED was unremarkable and he was started on levetiracetam 500 mg twice daily. "
              "He also reports new morning headaches. Please evaluate for new-onset epilepsy, obtain MRI brain "
              "and EEG, and advise on driving restrictions.")
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Bartholomew",
        "patient_dob": "1988-03-04",
        "patient_sex": "M",
        "patient_phone": "9784560173",
        "patient_mrn": "0047718263",
        "insurance_payer": "Tufts Health Plan",
        "insurance_member_id": "THP44817702",
        "referring_provider": "Sandra Pelletier",
        "referring_npi": npi("182607349"),
        "referring_phone": "9789376400",
        "referring_fax": "9789376455",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Eleanor Vasquez",
        "diagnosis_codes": ["R56.9", "R51.9"],
        "reason": reason,
        "urgency": "urgent",
        "referral_date": "2026-06-23",
    }
    css = """
body { font-family: 'Nimbus Roman', 'Liberation Serif', serif; font-size: 11pt; }
.lh { text-align:center; border-bottom:1px solid #000; padding-bottom:5px; }
.lh .n { font-size:15pt; font-variant:small-caps; font-weight:bold; letter-spacing:0.5px; }
.lh .s { font-size:9.5pt; }
h1 { font-size:13pt; margin:12px 0 8px 0; }
table.i { width:100%; }
table.i td { padding:2px 4px; vertical-align:top; }
table.i td.l { font-weight:bold; width:1.35in; }
.rb { border:2px solid #000; padding:8px 10px; margin:10px 0; line-height:1.4; }
.rb .t { font-weight:bold; text-decoration:underline; margin-bottom:3px; }
.urg { border:1px solid #000; display:inline-block; padding:2px 8px; font-weight:bold; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; border-top:1px solid #000; padding-top:2px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">Merrimack Valley Hospital</div>
<div class="s">Ambulatory Care Center &ndash; Adult Primary Care &middot; 295 Varnum Ave, Lowell, MA 01854<br>
Hospital Main {P('9789376000')} &middot; Primary Care {P(f['referring_phone'])} &middot; Fax {P(f['referring_fax'])}</div></div>
<div style="display:flex;justify-content:space-between;margin-top:10px"><span>{D(f['referral_date'], 'long')}</span><span>Referral No. AC-26-118402</span></div>
<h1>Referral for Specialty Consultation &mdash; Neurology</h1>
<table class="i">
<tr><td class="l">To:</td><td>Eleanor Vasquez, MD &mdash; Comprehensive Epilepsy Program, Lowell General Neurology<br>
Phone {P('9789374120')} &middot; Fax {P('9789374133')}</td></tr>
<tr><td class="l">Patient:</td><td>Bartholomew J. Kowalczyk &nbsp;&nbsp; <b>Date of birth:</b> {D(f['patient_dob'], 'long')} &nbsp;&nbsp; <b>Sex:</b> Male</td></tr>
<tr><td class="l">MRN:</td><td>{f['patient_mrn']} &nbsp;&nbsp; <b>Contact number:</b> {P(f['patient_phone'])}</td></tr>
<tr><td class="l">Insurance:</td><td>{f['insurance_payer']} &nbsp; ID {f['insurance_member_id']} &nbsp; (PCP referral on file)</td></tr>
<tr><td class="l">Diagnoses:</td><td>R56.9 Unspecified convulsions; R51.9 Headache, unspecified</td></tr>
<tr><td class="l">Timeframe:</td><td><span class="urg">URGENT</span> &mdash; please schedule within 7 days</td></tr>
</table>
<div class="rb"><div class="t">Reason for Referral</div>{esc(reason)}</div>
<table class="i">
<tr><td class="l">Current meds:</td><td>Levetiracetam 500 mg BID; sertraline 50 mg daily</td></tr>
<tr><td class="l">Allergies:</td><td>No known drug allergies</td></tr>
<tr><td class="l">Enclosed:</td><td>ED summary and CT head report ({D('2026-06-15', 'long')}), BMP, CBC, medication list</td></tr>
<tr><td class="l">Emergency contact:</td><td>Agnieszka Kowalczyk (mother) {P('9784561109')}</td></tr>
</table>
<p style="margin-top:14px">Thank you for seeing this patient. Please send your consultation note to my attention at the fax number above.</p>
<p style="margin-top:26px">______________________________<br>Sandra Pelletier, MD<br>Internal Medicine, Merrimack Valley Hospital<br>
NPI {f['referring_npi']} &middot; Direct line {P(f['referring_phone'])}</p>
<div class="ft">For scheduling questions call the Referral Management Center {P('8005526180', 'one')} &middot; Printed {D('2026-06-23', 'us')}</div>
</div></div>"""
    return dict(html=page("NB07", css, body), fields=f, pages=1,
                kind="hospital_outpatient_referral_letter_multi_sentence_reason_in_bordered_box_to_neurology",
                mode="fine",
                fax=dict(when="06/23/2026 16:44", name="MVH PRIMARY CARE", number=f["referring_fax"],
                         to="9789374133", fmt="g"))


# ====================================================================== NB08
def nb08():
    """Texas multispecialty group EHR printout: monospace, BOLD CAPS labels followed by values, several per
    line ('PATIENT: LAST, FIRST M   DOB: ...   MRN: ...'); two pages."""
    f = {
        "patient_last_name": "FONTENOT",
        "patient_first_name": "RAYMOND",
        "patient_dob": "1993-11-19",
        "patient_sex": "M",
        "patient_phone": "9798461537",
        "patient_mrn": "00482913",
        "insurance_payer": "Aetna Better Health of Texas",
        "insurance_member_id": "1009847762",
        "referring_provider": "Adriana Gutierrez",
        "referring_npi": npi("139056217"),
        "referring_phone": "9797762900",
        "referring_fax": "9797762977",
        "referred_to_specialty": "psychiatry",
        "referred_to_provider": "Caleb Whitlock",
        "diagnosis_codes": ["F33.2", "F41.1"],
        "reason": "RECURRENT SEVERE DEPRESSION NOT RESPONDING TO TWO SSRI TRIALS, PHQ-9 OF 22, PASSIVE DEATH WISH "
                  "WITHOUT PLAN. PLEASE EVALUATE FOR MEDICATION MANAGEMENT.",
        "urgency": "urgent",
        "referral_date": "2026-08-05",
    }
    css = """
body { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 9.5pt; }
.ln { white-space:pre; line-height:1.45; }
.wr { white-space:pre-wrap; line-height:1.45; }
b { font-weight:bold; }
.rule { border-top:1px dashed #000; margin:5px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; white-space:pre; }
"""
    def L(s):
        return f'<div class="ln">{s}</div>'
    R = '<div class="rule"></div>'
    dob = D(f['patient_dob'], 'us')
    hdr = (L('<b>BRAZOS VALLEY PHYSICIANS GROUP</b>                    REFERRAL ORDER PRINTOUT') +
           L('3131 UNIVERSITY DR E, BRYAN TX 77802      MAIN ' + P('9797760000', 'dash')) + R)
    body = f"""
<div class="sheet"><div class="inner">
{hdr}
{L(f'<b>PATIENT:</b> FONTENOT, RAYMOND L   <b>DOB:</b> {dob}   <b>MRN:</b> {f["patient_mrn"]}')}
{L(f'<b>SEX:</b> M   <b>AGE:</b> 32Y   <b>PHONE:</b> {P(f["patient_phone"], "dash")}   <b>LANG:</b> ENGLISH')}
{L('<b>ADDR:</b> 1407 HOLLEMAN DR W APT 6, COLLEGE STATION TX 77840')}
{L(f'<b>INS:</b> AETNA BETTER HEALTH OF TEXAS   <b>MBR ID:</b> {f["insurance_member_id"]}')}
{L('<b>PLAN:</b> STAR ADULT   <b>GRP:</b> TXSTAR01   <b>ELIG:</b> ACTIVE')}
{L(f'<b>GUARANTOR:</b> FONTENOT, DIANE M   <b>REL:</b> MOTHER   <b>PH:</b> {P("9798460042", "dash")}')}
{R}
{L(f'<b>ORDER:</b> REFERRAL TO PSYCHIATRY   <b>ORDER #:</b> 77120458   <b>ORDER DT:</b> {D(f["referral_date"], "us")}')}
{L('<b>PRIORITY:</b> URGENT   <b>STATUS:</b> SENT   <b>AUTH:</b> NOT REQUIRED')}
{L('<b>REF TO:</b> WHITLOCK, CALEB J MD   <b>DEPT:</b> BEHAVIORAL HEALTH')}
{L(f'<b>REF TO PH:</b> {P("9797765800", "dash")}   <b>REF TO FAX:</b> {P("9797765811", "dash")}')}
{R}
{L('<b>REFERRING:</b> GUTIERREZ, ADRIANA M MD   <b>DEPT:</b> FAMILY MEDICINE')}
{L(f'<b>NPI:</b> {f["referring_npi"]}   <b>PH:</b> {P(f["referring_phone"], "dash")}   <b>FAX:</b> {P(f["referring_fax"], "dash")}')}
{R}
{L('<b>DX:</b> F33.2  MAJOR DEPRESSV DISORDER, RECURRENT SEVERE W/O PSYCH FEATURES')}
{L('<b>DX:</b> F41.1  GENERALIZED ANXIETY DISORDER')}
<div class="wr"><b>REASON:</b> {esc(f['reason'])}</div>
<div class="wr"><b>SAFETY:</b> C-SSRS SCREEN LOW RISK {D('2026-08-05', 'us')}. PT GIVEN 988 CRISIS LINE INFO. NO FIREARMS IN HOME PER PT.</div>
{R}
{L('<b>VISITS:</b> 1 EVAL + 5 F/U   <b>EXPIRES:</b> ' + D('2027-02-05', 'us'))}
{L('<b>COMMENTS:</b> PT PREFERS AFTERNOON APPTS. OK TO LEAVE VOICEMAIL.')}
<div class="ft">PRINTED: {D('2026-08-05', 'us')} 14:22  BY: RMORALES           PAGE 1 OF 2</div>
</div></div>
<div class="sheet"><div class="inner">
{hdr}
{L(f'<b>PATIENT:</b> FONTENOT, RAYMOND L   <b>DOB:</b> {dob}   <b>MRN:</b> {f["patient_mrn"]}')}
{R}
{L('<b>CURRENT MEDICATIONS</b>')}
{L('  SERTRALINE 200 MG TAB     1 TAB PO DAILY         START ' + D('2026-01-12', 'us'))}
{L('  HYDROXYZINE HCL 25 MG     1 TAB PO Q8H PRN ANX   START ' + D('2026-05-02', 'us'))}
{L('  (PRIOR: ESCITALOPRAM 20 MG, STOPPED ' + D('2025-12-30', 'us') + ' - NO RESPONSE)')}
{R}
{L('<b>SCREENING</b>')}
{L('  PHQ-9   22 (SEVERE)      ' + D('2026-08-05', 'us'))}
{L('  GAD-7   16 (SEVERE)      ' + D('2026-08-05', 'us'))}
{L('  AUDIT-C  2               ' + D('2026-08-05', 'us'))}
{R}
{L('<b>PROBLEM LIST</b>')}
{L('  F33.2  MAJOR DEPRESSIVE DISORDER, RECURRENT, SEVERE')}
{L('  F41.1  GENERALIZED ANXIETY DISORDER')}
{L('  G47.00 INSOMNIA, UNSPECIFIED')}
{L('  E66.9  OBESITY, UNSPECIFIED')}
{R}
{L('<b>ALLERGIES:</b> NKDA')}
{L('<b>ORDERING PROVIDER SIGNATURE:</b> E-SIGNED GUTIERREZ, ADRIANA M MD')}
{L('<b>SIGNED DT:</b> ' + D('2026-08-05', 'us') + ' 13:58')}
<div class="ft">PRINTED: {D('2026-08-05', 'us')} 14:22  BY: RMORALES           PAGE 2 OF 2</div>
</div></div>"""
    return dict(html=page("NB08", css, body), fields=f, pages=2,
                kind="ehr_printout_monospace_bold_caps_labels_multiple_per_line_to_psychiatry",
                mode="standard",
                fax=dict(when="08/05/2026 14:30", name="BVPG FAMILY MED", number=f["referring_fax"],
                         to="9797765811", fmt="h"))


# ====================================================================== NB09
def nb09():
    """Louisiana community health center: referral with the two diagnoses listed '1) ... 2) ...' on one line;
    DejaVu Serif; abbreviated dates; clinic main line and a specialist's scheduling line as distractors."""
    f = {
        "patient_last_name": "Thibodeaux",
        "patient_first_name": "Marie-Claire",
        "patient_dob": "1961-01-27",
        "patient_sex": "F",
        "patient_phone": "9858762210",
        "patient_mrn": "BCHC-71126",
        "insurance_payer": "Louisiana Healthcare Connections",
        "insurance_member_id": "LHC0087731954",
        "referring_provider": "Jean-Paul Guidry",
        "referring_npi": npi("124489130"),
        "referring_phone": "9858763300",
        "referring_fax": "9858763312",
        "referred_to_specialty": "dermatology",
        "referred_to_provider": "Rachel Landry",
        "diagnosis_codes": ["D48.5", "L57.0"],
        "reason": "Enlarging irregular pigmented lesion on left upper back, 9 mm with color variation, plus multiple "
                  "actinic keratoses on scalp and forearms; evaluate and biopsy.",
        "urgency": "routine",
        "referral_date": "2026-10-14",
    }
    css = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 9.5pt; }
.hd { display:flex; gap:12px; align-items:center; border-bottom:3px double #000; padding-bottom:5px; }
.seal { width:0.6in; height:0.6in; border:2px solid #000; border-radius:50%; display:flex; align-items:center; justify-content:center; font-weight:bold; font-size:12pt; }
.hd .n { font-size:13pt; font-weight:bold; }
h1 { font-size:13pt; margin:10px 0 6px 0; letter-spacing:1px; }
table.k { width:100%; margin-bottom:6px; }
table.k td { padding:3px 4px; vertical-align:top; border-bottom:1px dotted #000; }
table.k td.l { font-weight:bold; width:1.45in; white-space:nowrap; }
.sec { background:#e0e0e0; border:1px solid #000; padding:2px 5px; font-weight:bold; margin-top:8px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="seal">BC</div><div><div class="n">Bayou Cane Community Health Center</div>
<div style="font-size:8.5pt">A Federally Qualified Health Center &middot; 5693 W Main St, Houma, LA 70360<br>
Main Line {P('9858763000', 'slash')} &middot; Pharmacy {P('9858763050', 'slash')}</div></div></div>
<h1>SPECIALTY REFERRAL</h1>
<div class="sec">Patient</div>
<table class="k">
<tr><td class="l">Name</td><td>Marie-Claire A. Thibodeaux</td><td class="l">Birthdate</td><td>{D(f['patient_dob'], 'abbr_dot')}</td></tr>
<tr><td class="l">Sex</td><td>Female</td><td class="l">Health Record #</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Phone</td><td>{P(f['patient_phone'], 'slash')}</td><td class="l">Address</td><td>118 Bayou Blue Rd, Houma, LA 70364</td></tr>
<tr><td class="l">Medicaid Plan</td><td>{f['insurance_payer']}</td><td class="l">Medicaid ID</td><td>{f['insurance_member_id']}</td></tr>
</table>
<div class="sec">From</div>
<table class="k">
<tr><td class="l">Referring Provider</td><td>Jean-Paul Guidry, FNP-C</td><td class="l">NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Referral Line</td><td>{P(f['referring_phone'], 'slash')}</td><td class="l">Secure Fax</td><td>{P(f['referring_fax'], 'slash')}</td></tr>
</table>
<div class="sec">To</div>
<table class="k">
<tr><td class="l">Specialty</td><td>Dermatology</td><td class="l">Physician</td><td>Rachel Landry, MD</td></tr>
<tr><td class="l">Practice</td><td colspan="3">Terrebonne Dermatology Clinic, 1020 School St, Houma, LA 70360</td></tr>
<tr><td class="l">Scheduling</td><td>{P('9858511477', 'slash')}</td><td class="l">Fax</td><td>{P('9858511470', 'slash')}</td></tr>
</table>
<div class="sec">Referral</div>
<table class="k">
<tr><td class="l">Date of Referral</td><td>{D(f['referral_date'], 'abbr_dot')}</td><td class="l">Urgency</td><td>Routine</td></tr>
<tr><td class="l">Diagnosis</td><td colspan="3">1) D48.5 Neoplasm of uncertain behavior of skin &nbsp; 2) L57.0 Actinic keratosis</td></tr>
<tr><td class="l">Reason</td><td colspan="3">{esc(f['reason'])}</td></tr>
<tr><td class="l">Request</td><td colspan="3">Consult, biopsy as indicated, cryotherapy</td></tr>
<tr><td class="l">History</td><td colspan="3">Fair skin, long-term outdoor work (shrimp boat). No personal history of skin cancer.
Sister with melanoma at age 58. Photo of lesion in chart ({D('2026-10-09', 'abbr_dot')}).</td></tr>
<tr><td class="l">Other problems</td><td colspan="3">Hypertension; hypothyroidism (levothyroxine 75 mcg)</td></tr>
</table>
<p style="margin-top:16px">Provider signature: ____________________________ &nbsp;&nbsp; Date: ____________</p>
<p style="font-size:8.5pt">Patient was informed of this referral and given the specialist's phone number. Transportation through plan: Yes.</p>
<div class="ft"><span>BCHC Referral Form v4 &middot; Printed {D('2026-10-14', 'abbr_dot')}</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NB09", css, body), fields=f, pages=1,
                kind="chc_specialty_referral_numbered_two_diagnoses_on_one_line_to_dermatology",
                mode="standard",
                fax=dict(when="10/14/2026 13:12", name="BAYOU CANE CHC", number=f["referring_fax"],
                         to="9858511470", fmt="a"))


# ====================================================================== NB10
def nb10():
    """Colorado hospital outpatient pediatrics: a dense form in a small (8.5 pt) narrow font, many
    checkboxes and a parent/guardian block; to allergy & immunology."""
    f = {
        "patient_last_name": "Sawyer",
        "patient_first_name": "Eliana",
        "patient_dob": "2017-05-08",
        "patient_sex": "F",
        "patient_phone": "7206441389",
        "patient_mrn": "FR10884472",
        "insurance_payer": "Rocky Mountain Health Plans",
        "insurance_member_id": "RMHP7720194-01",
        "referring_provider": "Camille Reyes",
        "referring_npi": npi("165730482"),
        "referring_phone": "3036897100",
        "referring_fax": "3036897146",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Henrik Solvang",
        "diagnosis_codes": ["Z91.010", "L50.0"],
        "reason": "Hives and lip swelling within 20 minutes of eating peanut butter; no prior testing. Please confirm "
                  "peanut allergy, test tree nuts, and provide anaphylaxis action plan.",
        "urgency": "routine",
        "referral_date": "2026-12-08",
    }
    css = """
body { font-family: 'Nimbus Sans Narrow', 'Liberation Sans Narrow', 'Arial Narrow', sans-serif; font-size: 8.5pt; }
.inner { left:0.45in; right:0.45in; top:0.45in; bottom:0.4in; }
.hd { display:flex; justify-content:space-between; border-bottom:1.5px solid #000; padding-bottom:2px; }
.hd .n { font-size:11pt; font-weight:bold; }
.t { font-size:11pt; font-weight:bold; text-align:right; }
table.d { width:100%; border:1.2px solid #000; margin-top:4px; table-layout:fixed; }
table.d td { border:1px solid #000; padding:1px 3px; vertical-align:top; line-height:1.2; }
table.d td i { font-style:normal; font-weight:bold; font-size:7pt; display:block; }
table.d tr.s td { background:#000; color:#fff; font-weight:bold; font-size:8pt; padding:1px 3px; }
.cb { width:0.11in; height:0.11in; font-size:7pt; line-height:0.1in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; }
"""
    def c(lb, v, span=1):
        return f'<td colspan="{span}"><i>{lb}</i>{v}</td>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Front Range University Hospital &mdash; Outpatient Pediatrics</div>
<div>Anschutz Pavilion, 13001 E 17th Pl, Aurora, CO 80045 &middot; Hospital main {P('3036896000', 'dash')} &middot; Peds clinic {P(f['referring_phone'], 'dash')} &middot; Clinic fax {P(f['referring_fax'], 'dash')}</div></div>
<div class="t">AMBULATORY REFERRAL<div style="font-size:7.5pt;font-weight:normal">Form FRUH-AMB-31 &middot; Complete all sections</div></div></div>
<table class="d">
<tr class="s"><td colspan="6">1. PATIENT</td></tr>
<tr>{c('Patient name (last, first, middle)', 'SAWYER, Eliana Rose', 2)}{c('DOB', D(f['patient_dob'], 'cerner'))}{c('Age', '9 y')}{c('Sex', 'F')}{c('MRN', f['patient_mrn'])}</tr>
<tr>{c('Address', '16820 E Mississippi Ave, Aurora, CO 80017', 2)}{c('Home phone', P(f['patient_phone'], 'dash'))}{c('Preferred language', 'English')}{c('Interpreter', box(False) + 'Y ' + box(True) + 'N')}{c('Weight', '29.4 kg')}</tr>
<tr>{c('Parent / guardian', 'Jordan Sawyer (mother)', 2)}{c('Guardian cell', P('7209051846', 'dash'))}{c('Guardian work', P('3037410922', 'dash'))}{c('School / daycare', 'Vista PEAK Elem.', 2)}</tr>
<tr class="s"><td colspan="6">2. COVERAGE</td></tr>
<tr>{c('Payer', f['insurance_payer'], 2)}{c('Member ID', f['insurance_member_id'])}{c('Group', 'CHP+ 0419')}{c('Subscriber', 'Jordan Sawyer')}{c('Auth required', box(False) + 'Y ' + box(True) + 'N')}</tr>
<tr class="s"><td colspan="6">3. REFERRING PROVIDER</td></tr>
<tr>{c('Name / credentials', 'Camille Reyes, MD, FAAP', 2)}{c('NPI', f['referring_npi'])}{c('Direct phone', P(f['referring_phone'], 'dash'))}{c('Fax', P(f['referring_fax'], 'dash'))}{c('PCP of record', box(True) + 'Same')}</tr>
<tr class="s"><td colspan="6">4. REFERRED TO</td></tr>
<tr>{c('Service', 'Allergy &amp; Immunology (Pediatric)', 2)}{c('Provider', 'Henrik Solvang, MD')}{c('Location', 'FRUH Allergy Clinic, Bldg 2', 1)}{c('Appt line', P('3036898800', 'dash'))}{c('Fax', P('3036898812', 'dash'))}</tr>
<tr class="s"><td colspan="6">5. CLINICAL</td></tr>
<tr>{c('ICD-10-CM', 'Z91.010 Allergy to peanuts<br>L50.0 Allergic urticaria', 2)}{c('Reason for referral / question to answer', esc(f['reason']), 4)}</tr>
<tr>{c('Reaction history', 'Single episode ' + D('2026-11-29', 'cerner') + ': urticaria, lip angioedema; no wheeze, no vomiting. Treated with diphenhydramine at home.', 3)}{c('Other atopy', box(True) + 'Eczema ' + box(False) + 'Asthma ' + box(True) + 'Rhinitis', 2)}{c('Epinephrine auto-injector', box(True) + 'Prescribed ' + D('2026-12-08', 'cerner'))}</tr>
<tr>{c('Current meds', 'Cetirizine 5 mg daily prn; hydrocortisone 1% cream prn; EpiPen Jr 0.15 mg', 3)}{c('Antihistamine hold', 'Family instructed to stop cetirizine 5 days before testing', 3)}</tr>
<tr>{c('Services requested', box(True) + 'Evaluate &amp; treat &nbsp;' + box(True) + 'Skin prick testing &nbsp;' + box(False) + 'Oral food challenge &nbsp;' + box(False) + 'Consult only', 4)}{c('Priority', box(True) + 'Routine ' + box(False) + 'Urgent ' + box(False) + 'Stat', 2)}</tr>
<tr>{c('Date of referral', D(f['referral_date'], 'cerner'))}{c('Visits', '1 + 2 f/u')}{c('Records attached', box(True) + 'Growth chart ' + box(True) + 'Visit note ' + box(False) + 'Labs', 2)}{c('Transport', 'Family', 1)}{c('Referral #', 'AMB-4471932')}</tr>
<tr class="s"><td colspan="6">6. SIGNATURE</td></tr>
<tr>{c('Referring provider signature', '<i style="font-style:italic;font-weight:normal;font-size:8.5pt">electronically signed &ndash; C. Reyes</i>', 3)}{c('Date/time', D('2026-12-08', 'cerner') + ' 11:40', 1)}{c('Scheduled appt (clinic use)', '&nbsp;', 2)}</tr>
</table>
<div style="margin-top:5px;font-size:7.5pt;line-height:1.25">Referral coordinators: verify eligibility before scheduling. Patients with anaphylaxis within the last 30 days or a
reaction requiring epinephrine should be scheduled within 2 weeks; all others per standard access. Questions regarding this form: Ambulatory
Referral Center {P('3036897000', 'dash')}, Monday&ndash;Friday 8:00&ndash;4:30. This document may contain PHI; if received in error, notify the sender and destroy.</div>
<div class="ft"><span>FRUH-AMB-31 (rev 07/26) &middot; Date printed {D('2026-12-08', 'cerner')} 11:42</span><span>1 of 1</span></div>
</div></div>"""
    return dict(html=page("NB10", css, body), fields=f, pages=1,
                kind="hospital_outpatient_dense_small_narrow_font_form_to_allergy",
                mode="fine",
                fax=dict(when="08-DEC-2026 11:47", name="FRUH PEDS CLINIC", number=f["referring_fax"],
                         to="3036898812", fmt="c"))
