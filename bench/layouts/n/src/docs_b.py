"""NA06-NA10 document builders. Each returns dict(html, fields, pages, kind, mode, fax)."""
from common import npi, P, D, box, page, esc


# ====================================================================== NA06
def na06():
    """Fill-in form 'Name: Last ____ First ____ MI __', labels in sans, values typed in Courier on the
    blanks; separate suffix blank (Jr.). Family practice to hematology."""
    f = {
        "patient_last_name": "Washington",
        "patient_first_name": "Darnell",
        "patient_dob": "1979-03-11",
        "patient_sex": "M",
        "patient_phone": "2054418836",
        "patient_mrn": "301447",
        "insurance_payer": "UnitedHealthcare",
        "insurance_member_id": "918273645",
        "referring_provider": "Katherine Boudreaux",
        "referring_npi": npi("152287703"),
        "referring_phone": "2059306400",
        "referring_fax": "2059306411",
        "referred_to_specialty": "hematology",
        "referred_to_provider": "Samuel Osei",
        "diagnosis_codes": ["D69.6", "D72.819"],
        "reason": "Platelets 62K and WBC 2.9 on two CBCs one month apart, no bleeding, spleen not palpable. "
                  "Please evaluate cytopenias.",
        "urgency": "urgent",
        "referral_date": "2026-10-20",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
.top { text-align:center; line-height:1.3; }
.top .n { font-size:14pt; font-weight:bold; }
.top .a { font-size:8.5pt; }
h1 { font-size:13pt; text-align:center; margin:8px 0 4px 0; border-top:1px solid #000; border-bottom:1px solid #000; padding:3px 0; }
.sec { font-weight:bold; font-size:10pt; margin:10px 0 3px 0; }
.ln { display:flex; align-items:flex-end; margin:6px 0; white-space:nowrap; }
.ln > b { font-weight:normal; margin-right:3px; flex:none; }
.ln > u { text-decoration:none; border-bottom:1px solid #000; font-family:'Liberation Mono','Courier New',monospace; font-size:10.5pt;
          padding:0 4px; margin-right:10px; flex:1; min-height:14px; }
.ln > u.s { flex:0 0 0.45in; } .ln > u.m { flex:0 0 1.25in; }
.para { border-bottom:1px solid #000; font-family:'Liberation Mono',monospace; font-size:10.5pt; line-height:1.55; padding:0 4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="top"><div class="n">Cahaba Heights Family Practice, P.C.</div>
<div class="a">3125 Independence Dr, Suite 200, Birmingham, AL 35209 &nbsp;|&nbsp; Ph {P('2059306400', 'slash')} &nbsp;|&nbsp; Fx {P('2059306411', 'slash')}</div></div>
<h1>Consultation / Referral Request</h1>
<div class="ln"><b>Date:</b><u class="m">{D(f['referral_date'], 'mdyy')}</u><b>Urgency:</b><u>URGENT &ndash; please schedule within 1 week</u></div>
<div class="sec">PATIENT</div>
<div class="ln"><b>Name: Last</b><u>WASHINGTON</u><b>First</b><u>DARNELL</u><b>MI</b><u class="s">T</u><b>Suffix</b><u class="s">JR</u></div>
<div class="ln"><b>DOB</b><u class="m">{D(f['patient_dob'], 'mdyy')}</u><b>Sex: M / F</b><u class="s">M</u><b>Chart #</b><u>{f['patient_mrn']}</u></div>
<div class="ln"><b>Address</b><u>1540 Forest Park Dr, Birmingham AL 35213</u></div>
<div class="ln"><b>Phone: Home</b><u>{P(f['patient_phone'], 'slash')}</u><b>Work</b><u>{P('2053218000', 'slash')} x214</u></div>
<div class="sec">INSURANCE</div>
<div class="ln"><b>Insurance Co.</b><u>{f['insurance_payer']}</u><b>Policy #</b><u>{f['insurance_member_id']}</u><b>Group #</b><u class="m">706114</u></div>
<div class="ln"><b>Policy holder</b><u>Self</u><b>Employer</b><u>Alabama Power Co.</u></div>
<div class="sec">REFERRED TO</div>
<div class="ln"><b>Referred to Dr.</b><u>Samuel Osei</u><b>Specialty</b><u>Hematology / Oncology</u></div>
<div class="ln"><b>Practice</b><u>Magic City Hematology Oncology</u><b>Fax</b><u class="m">{P('2059397205', 'slash')}</u></div>
<div class="sec">REFERRED BY</div>
<div class="ln"><b>Physician</b><u>Katherine Boudreaux, MD</u><b>NPI #</b><u class="m">{f['referring_npi']}</u></div>
<div class="ln"><b>Office Phone</b><u>{P(f['referring_phone'], 'slash')}</u><b>Office Fax</b><u>{P(f['referring_fax'], 'slash')}</u><b>Contact</b><u>Tasha (referrals)</u></div>
<div class="sec">CLINICAL INFORMATION</div>
<div class="ln"><b>Diagnosis / ICD-10:</b><u>D69.6 Thrombocytopenia, unsp. &nbsp; D72.819 Decreased WBC count, unsp.</u></div>
<div class="ln"><b>Reason for referral:</b></div>
<div class="para">{esc(f['reason'])}</div>
<div class="ln"><b>Relevant labs / studies enclosed:</b><u>CBC w/diff {D('2026-09-18', 'mdyy')} &amp; {D('2026-10-16', 'mdyy')}, CMP, hepatitis panel</u></div>
<div class="ln"><b>Has patient been seen by this specialty before?</b><u class="m">No</u></div>
<div class="ln" style="margin-top:22px"><b>Physician signature</b><u style="font-family:'Liberation Serif',serif;font-style:italic">K. Boudreaux</u><b>Date</b><u class="m">{D('2026-10-20', 'mdyy')}</u></div>
<div class="ft"><span>CHFP form 112 &middot; printed from MedLink Office</span><span>1 of 1</span></div>
</div></div>"""
    return dict(html=page("NA06", css, body), fields=f, pages=1,
                kind="fill_in_blanks_form_name_last_first_mi_suffix_family_practice_to_hematology",
                mode="fine",
                fax=dict(when="10/20/2026 13:37", name="CAHABA HTS FAM PRAC", number=f["referring_fax"],
                         to="2059397205", fmt="c"))


# ====================================================================== NA07
def na07():
    """Orthopedic prescription pad order ('Rx: PT eval and treat') placed at the top of the page, with a
    printed patient label sticker. Orthopedics to physical therapy. No urgency, no named therapist."""
    f = {
        "patient_last_name": "Lindqvist",
        "patient_first_name": "Ingrid",
        "patient_dob": "1962-12-04",
        "patient_sex": "F",
        "patient_phone": "6127730418",
        "patient_mrn": "OR118820",
        "insurance_payer": "HealthPartners",
        "insurance_member_id": "HP0331847720",
        "referring_provider": "Marcus Feeney",
        "referring_npi": npi("113209865"),
        "referring_phone": "9525541900",
        "referring_fax": "9525541944",
        "referred_to_specialty": "physical_therapy",
        "diagnosis_codes": ["M75.121", "Z47.89"],
        "reason": "PT eval and treat s/p right arthroscopic rotator cuff repair. Passive ROM only for 4 weeks, "
                  "then progress to active ROM and strengthening.",
        "urgency": "routine",
        "referral_date": "2026-11-09",
    }
    css = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 10pt; }
.pad { width:5.6in; border:1.5px solid #000; padding:10px 14px 12px 14px; margin:0 auto; }
.pad .n { text-align:center; font-size:12.5pt; font-weight:bold; }
.pad .s { text-align:center; font-size:8pt; line-height:1.3; border-bottom:1px solid #000; padding-bottom:4px; }
.doc { display:flex; justify-content:space-between; font-size:8pt; margin:4px 0 6px 0; }
.lbl { border:1px solid #000; border-radius:4px; padding:4px 6px; font-family:'DejaVu Sans Mono','Liberation Mono',monospace; font-size:8.5pt; line-height:1.35; margin:4px 0 8px 0; }
.rx { font-size:26pt; font-weight:bold; font-style:italic; float:left; margin:0 10px 0 0; line-height:1; }
.ord { font-family:'Liberation Mono','Courier New',monospace; font-size:10pt; line-height:1.45; }
.ord div { margin:1px 0; }
.ln { display:flex; margin-top:7px; font-size:9pt; align-items:flex-end; }
.ln u { text-decoration:none; border-bottom:1px solid #000; flex:1; margin:0 8px 0 3px; font-family:'Liberation Mono',monospace; }
.fine { font-size:7pt; text-align:center; margin-top:6px; }
.below { margin-top:28px; font-family:'Liberation Sans',Arial,sans-serif; font-size:9pt; border-top:1px dashed #000; padding-top:6px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="pad">
<div class="n">North Star Orthopedics &amp; Sports Medicine</div>
<div class="s">7373 France Ave S, Suite 400 &middot; Edina, MN 55435<br>Office {P(f['referring_phone'], 'dash')} &middot; Fax {P(f['referring_fax'], 'dash')}</div>
<div class="doc"><span>Marcus J. Feeney, MD<br>NPI {f['referring_npi']} &middot; DEA BF4418263</span><span style="text-align:right">Janelle Ostrowski, PA-C<br>NPI {npi('176652201')}</span></div>
<div class="lbl">LINDQVIST, INGRID &nbsp;&nbsp; F &nbsp; DOB {D(f['patient_dob'], 'us')}<br>
MRN {f['patient_mrn']} &nbsp; PH {P(f['patient_phone'], 'dash')}<br>
INS: {f['insurance_payer'].upper()} &nbsp; ID {f['insurance_member_id']}</div>
<div class="ln" style="margin-top:0">Date<u style="flex:0 0 1.3in">{D(f['referral_date'], 'us')}</u>Pt: <u>Ingrid Lindqvist</u></div>
<div style="margin-top:10px"><span class="rx">R<span style="font-size:16pt">x</span></span>
<div class="ord">
<div>{esc(f['reason'])}</div>
<div>Dx: M75.121 Complete RTC tear R shoulder; Z47.89 ortho aftercare</div>
<div>Surgery date: {D('2026-10-27', 'us')}</div>
<div>Freq: 2&ndash;3x/week x 8 weeks. Modalities PRN. HEP.</div>
<div>Sling x 6 wks. No lifting &gt; 1 lb R arm.</div>
</div></div>
<div class="ln" style="margin-top:16px">Signature<u style="font-family:'DejaVu Serif',serif;font-style:italic;font-size:13pt">M Feeney</u></div>
<div class="fine">Substitution permitted unless &ldquo;Dispense as written&rdquo; is checked &nbsp; {box(False)} DAW</div>
</div>
<div class="below">Faxed to: Twin Lakes Physical Therapy, Minnetonka &middot; Fax {P('9529385511', 'dash')} &middot; Ph {P('9529385500', 'dash')}<br>
Patient may schedule at any PT location of her choice. Please send initial evaluation and progress notes to our fax above.</div>
</div></div>"""
    return dict(html=page("NA07", css, body), fields=f, pages=1,
                kind="orthopedic_prescription_pad_rx_pt_eval_and_treat_with_patient_label_to_physical_therapy",
                mode="standard", urgency_printed=False,
                fax=dict(when="11/09/2026 08:44", name="NORTH STAR ORTHO", number=f["referring_fax"],
                         to="9529385511", fmt="e"))


# ====================================================================== NA08
def na08():
    """Three pages: fax cover sheet (From/To blocks with both fax numbers), the referral form, and an office
    note. Gynecology/breast clinic to oncology, urgent."""
    f = {
        "patient_last_name": "O'Sullivan",
        "patient_first_name": "Maureen",
        "patient_dob": "1970-06-15",
        "patient_sex": "F",
        "patient_phone": "8602319947",
        "patient_mrn": "BH60071932",
        "insurance_payer": "ConnectiCare",
        "insurance_member_id": "CC71430056201",
        "referring_provider": "Priscilla Vandermeer",
        "referring_npi": npi("166038825"),
        "referring_phone": "8605226300",
        "referring_fax": "8605226392",
        "referred_to_specialty": "oncology",
        "referred_to_provider": "Anil Deshpande",
        "diagnosis_codes": ["C50.412", "Z80.3"],
        "reason": "New diagnosis of invasive ductal carcinoma of the left breast, upper outer quadrant, ER/PR positive, "
                  "HER2 negative on core biopsy. Medical oncology consult for treatment planning.",
        "urgency": "urgent",
        "referral_date": "2026-09-30",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.cv h1 { font-size:30pt; letter-spacing:6px; margin:6px 0 2px 0; }
.cv .org { font-size:11pt; font-weight:bold; }
.cv .org2 { font-size:9pt; margin-bottom:14px; }
table.ft2 { width:100%; border-top:2px solid #000; border-bottom:2px solid #000; margin-top:8px; }
table.ft2 td { padding:6px 6px; font-size:10.5pt; vertical-align:top; }
table.ft2 td.l { font-weight:bold; width:0.9in; }
.chk { margin:12px 0; font-size:10pt; }
.cmt { border:1px solid #000; min-height:1.3in; padding:6px 8px; margin-top:6px; line-height:1.4; }
.conf { font-size:8pt; margin-top:26px; border:1px solid #000; padding:6px; line-height:1.35; }
.rf h2 { font-size:13pt; margin:4px 0 2px 0; }
.rf .hd { display:flex; justify-content:space-between; border-bottom:1px solid #000; padding-bottom:4px; font-size:8.5pt; }
.rf .sec { font-weight:bold; background:#d6d6d6; padding:2px 5px; margin:9px 0 3px 0; font-size:9.5pt; }
.rf table.kv { width:100%; font-size:9.5pt; }
.rf table.kv td { padding:2px 4px; vertical-align:top; }
.rf table.kv td.l { width:1.3in; font-weight:bold; }
.on { font-family:'Liberation Serif',serif; font-size:10.5pt; }
.on h2 { font-family:'Liberation Sans',sans-serif; font-size:12pt; margin:2px 0; }
.on p { margin:3px 0 7px 0; line-height:1.35; }
.on b.h { display:block; margin-top:7px; font-family:'Liberation Sans',sans-serif; font-size:9.5pt; }
.pf { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    p1 = f"""
<div class="sheet"><div class="inner cv">
<div class="org">Bushnell Women's Health &amp; Breast Center</div>
<div class="org2">85 Seymour St, Suite 920, Hartford, CT 06106 &middot; {P('8605226300', 'paren')}</div>
<h1>FAX</h1>
<table class="ft2">
<tr><td class="l">To:</td><td>New Patient Coordinator<br>Charter Oak Cancer Specialists</td><td class="l">From:</td><td>Priscilla Vandermeer, MD<br>Bushnell Women's Health</td></tr>
<tr><td class="l">Fax:</td><td>{P('8605457710', 'paren')}</td><td class="l">Fax:</td><td>{P(f['referring_fax'], 'paren')}</td></tr>
<tr><td class="l">Phone:</td><td>{P('8605457700', 'paren')}</td><td class="l">Phone:</td><td>{P(f['referring_phone'], 'paren')}</td></tr>
<tr><td class="l">Date:</td><td>{D('2026-09-30', 'abbr')}</td><td class="l">Pages:</td><td>3 (including cover)</td></tr>
<tr><td class="l">Re:</td><td colspan="3">New patient referral &ndash; M. O'Sullivan</td></tr>
</table>
<div class="chk">{box(True)} Urgent &nbsp;&nbsp; {box(False)} For Review &nbsp;&nbsp; {box(False)} Please Comment &nbsp;&nbsp; {box(True)} Please Reply &nbsp;&nbsp; {box(False)} Please Recycle</div>
<b>Comments:</b>
<div class="cmt">Referral for newly diagnosed left breast cancer. Pathology and imaging reports to follow from Hartford
Hospital. Patient is anxious and would like the earliest available appointment. Please call our office with the date.
Thank you!<br><br>&mdash; Dana, referral coordinator, ext. 241</div>
<div class="conf"><b>CONFIDENTIALITY NOTICE:</b> This facsimile contains protected health information that is privileged and
confidential under federal and state law. If you have received this fax in error, please notify the sender immediately at
{P('8605226300', 'paren')} and destroy all copies. Re-disclosure without patient authorization is prohibited.</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner rf">
<div class="hd"><span><b>Bushnell Women's Health &amp; Breast Center</b><br>85 Seymour St, Suite 920, Hartford, CT 06106</span>
<span style="text-align:right">Tel {P(f['referring_phone'], 'paren')}<br>Fax {P(f['referring_fax'], 'paren')}</span></div>
<h2>Referral to Specialist</h2>
<div class="sec">Patient Demographics</div>
<table class="kv">
<tr><td class="l">Patient:</td><td>Maureen A. O'Sullivan</td><td class="l">Acct #:</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Birth Date:</td><td>{D(f['patient_dob'], 'abbr')}</td><td class="l">Sex:</td><td>Female</td></tr>
<tr><td class="l">Phone:</td><td>{P(f['patient_phone'], 'paren')} (cell)</td><td class="l">Email:</td><td>mosullivan70@example.net</td></tr>
<tr><td class="l">Address:</td><td colspan="3">22 Whitney St, West Hartford, CT 06105</td></tr>
</table>
<div class="sec">Insurance</div>
<table class="kv">
<tr><td class="l">Insurance:</td><td>{f['insurance_payer']}</td><td class="l">Subscriber ID:</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Plan:</td><td>Choice PPO</td><td class="l">Group:</td><td>CT-88217</td></tr>
</table>
<div class="sec">Referral</div>
<table class="kv">
<tr><td class="l">Date:</td><td>{D(f['referral_date'], 'abbr')}</td><td class="l">Urgency:</td><td><b>URGENT</b></td></tr>
<tr><td class="l">Referred to:</td><td>Anil Deshpande, MD</td><td class="l">Specialty:</td><td>Medical Oncology</td></tr>
<tr><td class="l">Facility:</td><td colspan="3">Charter Oak Cancer Specialists, 114 Woodland St, Hartford, CT 06105 &middot; Fax {P('8605457710', 'paren')}</td></tr>
<tr><td class="l">From:</td><td>Priscilla Vandermeer, MD</td><td class="l">NPI:</td><td>{f['referring_npi']}</td></tr>
</table>
<div class="sec">Diagnosis</div>
<table class="kv">
<tr><td class="l">C50.412</td><td>Malignant neoplasm of upper-outer quadrant of left female breast</td></tr>
<tr><td class="l">Z80.3</td><td>Family history of malignant neoplasm of breast</td></tr>
</table>
<div class="sec">Reason for Referral</div>
<div style="padding:2px 4px; line-height:1.4">{esc(f['reason'])}</div>
<div class="sec">Enclosed</div>
<div style="padding:2px 4px">Office note {D('2026-09-29', 'abbr')}; diagnostic mammogram and ultrasound report; core biopsy pathology.</div>
<div style="margin-top:28px; display:flex; gap:0.5in"><div style="flex:2;border-top:1px solid #000;font-size:8.5pt">Signature of referring provider</div>
<div style="flex:1;border-top:1px solid #000;font-size:8.5pt">Date</div></div>
<div class="pf"><span>Generated by WomensCare EMR 12.1</span><span>Page 2 of 3</span></div>
</div></div>"""
    p3 = f"""
<div class="sheet"><div class="inner on">
<h2>Office Visit Note</h2>
<div style="font-family:'Liberation Sans',sans-serif;font-size:9pt;border-bottom:1px solid #000;padding-bottom:3px">
O'SULLIVAN, MAUREEN &nbsp;|&nbsp; DOB {D(f['patient_dob'], 'us')} &nbsp;|&nbsp; Acct {f['patient_mrn']} &nbsp;|&nbsp; DOS {D('2026-09-29', 'us')} &nbsp;|&nbsp; Provider: P. Vandermeer, MD</div>
<b class="h">CHIEF COMPLAINT</b><p>Review of breast biopsy results.</p>
<b class="h">HISTORY OF PRESENT ILLNESS</b>
<p>56 year old G2P2 presents to review results of ultrasound guided core biopsy of a 1.8 cm left breast mass at 2 o'clock,
first noted on screening mammogram {D('2026-09-08', 'us')}. Pathology shows invasive ductal carcinoma, grade 2, ER 95%, PR 70%,
HER2 1+ (negative). No palpable axillary nodes. Mother had breast cancer at age 58; sister had DCIS at 49.</p>
<b class="h">MEDICATIONS</b><p>Levothyroxine 75 mcg daily; vitamin D3 2000 IU daily.</p>
<b class="h">ALLERGIES</b><p>Penicillin (hives).</p>
<b class="h">EXAM</b><p>BP 128/80, HR 76, BMI 27.4. Left breast with healed biopsy site, 2 cm firm mass UOQ. No axillary or
supraclavicular adenopathy. Right breast normal.</p>
<b class="h">ASSESSMENT / PLAN</b>
<p>1. Invasive ductal carcinoma, left breast UOQ (C50.412). Discussed diagnosis at length. Referral to medical oncology
(Dr. Deshpande) and breast surgery (Dr. Lin at Hartford Hospital). Breast MRI ordered. Genetic counseling referral given
family history (Z80.3).<br>2. Hypothyroidism (E03.9), stable.</p>
<p>Return in 4 weeks or sooner as needed.</p>
<p style="margin-top:14px">Electronically signed by Priscilla Vandermeer, MD on {D('2026-09-29', 'us')} 17:22</p>
<div class="pf" style="font-family:'Liberation Sans',sans-serif"><span>Bushnell Women's Health &amp; Breast Center &middot; Confidential</span><span>Page 3 of 3</span></div>
</div></div>"""
    return dict(html=page("NA08", css, p1 + p2 + p3), fields=f, pages=3,
                kind="fax_cover_sheet_then_referral_form_then_office_note_womens_health_to_oncology",
                mode="fine",
                fax=dict(when="SEP-30-2026 09:51", name="BUSHNELL WOMENS HLTH", number=f["referring_fax"],
                         to="8605457710", fmt="b"))


# ====================================================================== NA09
def na09():
    """Referral with a two-column 'Field | Value' demographics table (grid lines), then provider tables and a
    free-text clinical block; monospace EHR report style. Primary care to general surgery."""
    f = {
        "patient_last_name": "Ramirez",
        "patient_first_name": "Hector",
        "patient_dob": "1983-10-02",
        "patient_sex": "M",
        "patient_phone": "2103389071",
        "patient_mrn": "SA-558120",
        "insurance_payer": "Cigna HealthSpring",
        "insurance_member_id": "U8820417301",  # printed with a space as 'U88204173 01'
        "referring_provider": "Olivia Strand",
        "referring_npi": npi("192845530"),
        "referring_phone": "2106927300",
        "referring_fax": "2106927318",
        "referred_to_specialty": "general_surgery",
        "referred_to_provider": "Benjamin Achebe",
        "diagnosis_codes": ["K80.20", "R10.11"],
        "reason": "Recurrent right upper quadrant pain after fatty meals, ultrasound shows multiple gallstones without "
                  "wall thickening. Surgical evaluation for cholecystectomy.",
        "urgency": "routine",
        "referral_date": "2026-06-17",
    }
    css = """
body { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 9.5pt; }
.hd { text-align:center; line-height:1.35; }
.hd .n { font-size:12pt; font-weight:bold; }
.t { text-align:center; font-weight:bold; font-size:12pt; margin:8px 0 6px 0; border-top:2px solid #000; border-bottom:2px solid #000; padding:2px 0; }
.cap { font-weight:bold; margin:9px 0 2px 0; }
table.fv { width:100%; border:1px solid #000; }
table.fv th, table.fv td { border:1px solid #000; padding:2px 6px; text-align:left; vertical-align:top; }
table.fv th { background:#e0e0e0; }
table.fv td.f { width:2.0in; }
.txt { border:1px solid #000; padding:4px 6px; line-height:1.4; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    def rows(pairs):
        return "".join(f'<tr><td class="f">{a}</td><td>{b}</td></tr>' for a, b in pairs)
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">ALAMO HEIGHTS PRIMARY CARE</div>
<div>6800 Broadway Ste 110, San Antonio TX 78209<br>Tel {P('2106927300', 'plain')} Fax {P('2106927318', 'plain')}</div></div>
<div class="t">SPECIALIST REFERRAL</div>
<div class="cap">PATIENT DEMOGRAPHICS</div>
<table class="fv"><tr><th>Field</th><th>Value</th></tr>
{rows([('Patient Name', 'RAMIREZ, HECTOR L'), ('Date of Birth', D(f['patient_dob'], 'iso')), ('Sex', 'Male'),
       ('MRN', f['patient_mrn']), ('Home Phone', '(none)'), ('Mobile Phone', P(f['patient_phone'], 'plain')),
       ('Address', '318 Roslyn Ave, San Antonio TX 78204'), ('Preferred Language', 'English'),
       ('Emergency Contact', 'Lucia Ramirez (mother) ' + P('2103389555', 'plain'))])}
</table>
<div class="cap">COVERAGE</div>
<table class="fv"><tr><th>Field</th><th>Value</th></tr>
{rows([('Insurance Co.', f['insurance_payer']), ('Member ID', 'U88204173 01'), ('Group', 'TX4417'),
       ('Prior Auth Required', 'No')])}
</table>
<div class="cap">REFERRAL</div>
<table class="fv"><tr><th>Field</th><th>Value</th></tr>
{rows([('Referral Date', D(f['referral_date'], 'iso')), ('Priority', 'Routine'),
       ('Referred By', 'Olivia Strand, MD'), ('Referring NPI', f['referring_npi']),
       ('Referring Office Phone', P(f['referring_phone'], 'plain')), ('Referring Office Fax', P(f['referring_fax'], 'plain')),
       ('Referred To', 'Benjamin Achebe, MD &ndash; General Surgery'),
       ('Specialist Location', 'Mission Trail Surgical Associates, 1202 W Bitters Rd, San Antonio TX 78216'),
       ('Specialist Phone / Fax', P('2104951600', 'plain') + ' / ' + P('2104951644', 'plain')),
       ('ICD-10', 'K80.20 Calculus of gallbladder w/o cholecystitis w/o obstruction<br>R10.11 Right upper quadrant pain')])}
</table>
<div class="cap">REASON FOR REFERRAL</div>
<div class="txt">{esc(f['reason'])}</div>
<div class="cap">PERTINENT RESULTS</div>
<div class="txt">RUQ US {D('2026-06-09', 'iso')}: multiple shadowing gallstones up to 1.4 cm, CBD 4 mm, no pericholecystic fluid.
LFTs normal {D('2026-06-09', 'iso')}. Lipase normal.</div>
<div style="margin-top:18px">Signed: Olivia Strand, MD &nbsp;&nbsp; {D('2026-06-17', 'iso')} 11:40</div>
<div class="ft"><span>HillCountry EHR &middot; rpt REF-OUT-02</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NA09", css, body), fields=f, pages=1,
                kind="field_value_demographics_table_monospace_report_primary_care_to_general_surgery",
                mode="standard",
                fax=dict(when="06/17/2026 11:52", name="ALAMO HTS PRIMARY CARE", number=f["referring_fax"],
                         to="2104951644", fmt="f"))


# ====================================================================== NA10
def na10():
    """Checkbox form: a grid of specialty checkboxes (OB/GYN ticked) and urgency checkboxes, codes printed without
    dots, two pages (page 2: clinical notes and patient instructions). Urgent care/PCP to OB/GYN."""
    specs = ["Allergy", "Cardiology", "Dermatology", "Endocrinology", "ENT", "Gastroenterology", "General Surgery",
             "Hematology/Oncology", "Nephrology", "Neurology", "OB/GYN", "Ophthalmology", "Orthopedics",
             "Physical Therapy", "Podiatry", "Pulmonology", "Rheumatology", "Urology", "Other: ________"]
    f = {
        "patient_last_name": "Bellamy",
        "patient_first_name": "Tamsin",
        "patient_dob": "1988-09-27",
        "patient_sex": "F",
        "patient_phone": "7047395812",
        "patient_mrn": "20117734",
        "insurance_payer": "Aetna Choice POS II",
        "insurance_member_id": "W290113846",
        "referring_provider": "Devin Castellanos",
        "referring_npi": npi("101938475"),
        "referring_phone": "7045568100",
        "referring_fax": "7045568109",
        "referred_to_specialty": "obstetrics_gynecology",
        "diagnosis_codes": ["N92.0", "D25.9", "D64.9"],
        "reason": "Heavy menstrual bleeding for 6 months with anemia, ultrasound shows 4 cm intramural fibroid. "
                  "Gynecology evaluation and management.",
        "urgency": "urgent",
        "referral_date": "2026-08-03",
    }
    css = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 9pt; }
.hd { display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:4px; }
.hd .n { font-size:13pt; font-weight:bold; }
.hd .t { font-size:14pt; font-weight:bold; text-align:right; }
.sec { font-weight:bold; font-size:9.5pt; margin:8px 0 3px 0; border-bottom:1px solid #000; }
.sp { display:grid; grid-template-columns: repeat(4, 1fr); row-gap:4px; }
.row { display:flex; gap:0.25in; margin:3px 0; }
.row span b { font-weight:bold; }
.fl { display:flex; flex-wrap:wrap; column-gap:0.2in; row-gap:4px; }
.fl > div { min-width:2.2in; }
.fl > div > b { font-weight:normal; }
.fl > div > span { font-weight:bold; }
.txt { border:1px solid #000; padding:4px 6px; min-height:0.5in; line-height:1.4; }
.pf { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    sp = "".join(f'<div>{box(s == "OB/GYN")} {s}</div>' for s in specs)
    hd = f"""<div class="hd"><div><div class="n">Lake Norman Urgent &amp; Family Care</div>
<div>19910 W Catawba Ave, Cornelius, NC 28031 &middot; Ph {P('7045568100', 'dash')} &middot; Fax {P('7045568109', 'dash')}</div></div>
<div class="t">Referral Order</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<div class="sec">Patient</div>
<div class="fl">
<div><b>Pt:</b> <span>Bellamy, Tamsin R.</span></div><div><b>DOB:</b> <span>{D(f['patient_dob'], 'us_short')}</span></div><div><b>Sex:</b> {box(False)}M {box(True)}F</div>
<div><b>MRN:</b> <span>{f['patient_mrn']}</span></div><div><b>Cell:</b> <span>{P(f['patient_phone'], 'dash')}</span></div><div><b>Alt #:</b> <span>&nbsp;</span></div>
<div style="min-width:4.6in"><b>Address:</b> <span>8812 Bayview Pkwy, Huntersville NC 28078</span></div>
<div><b>Health Plan:</b> <span>{f['insurance_payer']}</span></div><div><b>Member ID:</b> <span>{f['insurance_member_id']}</span></div><div><b>Group:</b> <span>0198771</span></div>
</div>
<div class="sec">Specialty Requested (check one)</div>
<div class="sp">{sp}</div>
<div class="fl" style="margin-top:5px"><div><b>Specific provider:</b> <span>Any available</span></div><div style="min-width:4in"><b>Preferred location:</b> <span>Novant or Atrium, north Mecklenburg</span></div></div>
<div class="sec">Urgency</div>
<div class="row"><span>{box(False)} Routine (next available)</span><span>{box(True)} Urgent (within 72 hours)</span><span>{box(False)} STAT / same day (call specialist)</span></div>
<div class="sec">Diagnosis</div>
<div class="fl"><div style="min-width:6in"><b>ICD-10 Code(s):</b> <span>N920 &nbsp; D259 &nbsp; D649</span></div>
<div style="min-width:6in"><b>Description:</b> <span>Excessive and frequent menstruation with regular cycle; Leiomyoma of uterus, unspecified; Anemia, unspecified</span></div></div>
<div class="sec">Reason for Referral</div>
<div class="txt">{esc(f['reason'])}</div>
<div class="sec">Referring Provider</div>
<div class="fl">
<div><b>Provider:</b> <span>Devin Castellanos, PA-C</span></div><div><b>NPI:</b> <span>{f['referring_npi']}</span></div><div><b>Date of Referral:</b> <span>{D(f['referral_date'], 'us_short')}</span></div>
<div><b>Supervising MD:</b> <span>Ruth Okonkwo, MD</span></div><div><b>Supervising NPI:</b> <span>{npi('148820395')}</span></div><div>&nbsp;</div>
<div><b>Phone:</b> <span>{P(f['referring_phone'], 'dash')}</span></div><div><b>Fax:</b> <span>{P(f['referring_fax'], 'dash')}</span></div>
</div>
<div class="sec">Records Attached</div>
<div class="row"><span>{box(True)} Office note</span><span>{box(True)} Labs</span><span>{box(True)} Imaging report</span><span>{box(False)} Insurance card copy</span><span>{box(False)} Other</span></div>
<div class="pf"><span>LNUFC Referral Order &middot; CarolinaChart 9</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<div style="margin:4px 0">Patient: Bellamy, Tamsin R. &nbsp; DOB {D(f['patient_dob'], 'us_short')} &nbsp; MRN {f['patient_mrn']}</div>
<div class="sec">Clinical Notes</div>
<div class="txt">Seen {D('2026-07-30', 'us_short')} for fatigue and heavy periods soaking a pad hourly on days 1 to 3, cycles regular every 28 days.
Hgb 9.1, MCV 74, ferritin 8. Pelvic US {D('2026-08-01', 'us_short')}: 4.1 cm intramural fibroid posterior fundus, endometrium 9 mm.
Started ferrous sulfate 325 mg daily. Not currently pregnant (urine hCG negative). Desires future fertility.</div>
<div class="sec">Medications / Allergies</div>
<div class="txt">Ferrous sulfate 325 mg daily; ibuprofen 600 mg PRN. Allergy: latex (rash).</div>
<div class="sec">Specialist Office Use</div>
<div class="row"><span>Appointment date: ____________</span><span>Time: ________</span><span>Provider: ____________________</span></div>
<div class="row"><span>Scheduled by: ____________</span><span>Patient notified {box(False)}</span><span>Referring office notified {box(False)}</span></div>
<div class="sec">Patient Instructions</div>
<div class="txt">If the specialist office has not contacted you within 3 business days, please call our referral line at
{P('7045568133', 'dash')}. Go to the emergency department for heavy bleeding with dizziness or fainting.</div>
<div style="margin-top:20px">Signed: ______________________ &nbsp; Date: __________</div>
<div class="pf"><span>LNUFC Referral Order &middot; CarolinaChart 9</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NA10", css, p1 + p2), fields=f, pages=2,
                kind="checkbox_form_specialty_grid_and_urgency_boxes_urgent_care_to_obstetrics_gynecology",
                mode="fine",
                fax=dict(when="08/03/2026 17:26", name="LAKE NORMAN URGENT", number=f["referring_fax"],
                         to="7043167711", fmt="g"))
