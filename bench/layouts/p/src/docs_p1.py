"""NC01-NC05 document builders. Each returns dict(html, fields, pages, kind, mode, fax).

Theme of set P: the everyday referral traffic of a busy specialty intake desk, from ten different
primary-care and specialty senders (all people and practices fictional).
"""
from common import npi, P, D, box, page, esc


# ====================================================================== NC01
def nc01():
    """Small-practice Word-template referral form: a two-column table with a grey label column,
    values typed in Arial; family practice (two physicians on the letterhead) to cardiology."""
    f = {
        "patient_last_name": "Callahan",
        "patient_first_name": "Bridget",
        "patient_dob": "1959-08-22",
        "patient_sex": "F",
        "patient_phone": "3178842716",
        "patient_mrn": "WC-20417",
        "insurance_payer": "Anthem Blue Cross and Blue Shield",
        "insurance_member_id": "YRK884120553",
        "referring_provider": "Andrea Brandt",
        "referring_npi": npi("164820371"),
        "referring_phone": "3178426600",
        "referring_fax": "3178426611",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Nathaniel Osei",
        "diagnosis_codes": ["I48.91", "R00.2"],
        "reason": "New onset atrial fibrillation found on ECG at annual visit, rate controlled on metoprolol. "
                  "Please evaluate for rhythm management and anticoagulation.",
        "urgency": "routine",
        "referral_date": "2026-11-03",
    }
    second_npi = npi("172034418")
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; }
.lh { text-align:center; line-height:1.25; }
.lh .n { font-size:17pt; font-weight:bold; letter-spacing:0.5px; }
.lh .d { font-size:10pt; }
.lh .pp { font-size:10pt; font-style:italic; margin-top:2px; }
hr.dbl { border:0; border-top:3px double #000; margin:6px 0 10px 0; }
h1 { text-align:center; font-size:15pt; margin:4px 0 10px 0; text-decoration:underline; }
table.w { width:100%; border:1px solid #000; }
table.w td { border:1px solid #000; padding:4px 6px; vertical-align:top; }
table.w td.l { background:#d0d0d0; width:2.05in; font-weight:bold; font-family:'Liberation Serif', serif; }
table.w td.v { font-family: Arial, 'Liberation Sans', sans-serif; font-size:10.5pt; }
table.w td.sec { background:#9a9a9a; font-weight:bold; text-align:center; font-size:11pt; letter-spacing:1px; }
.sg { margin-top:22px; display:flex; justify-content:space-between; font-size:10.5pt; }
.sg span.ln { display:inline-block; border-bottom:1px solid #000; width:2.6in; margin-left:4px; }
.sg span.lns { display:inline-block; border-bottom:1px solid #000; width:1.2in; margin-left:4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; border-top:0.5px solid #000; padding-top:2px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">WILLOW CREEK FAMILY PRACTICE</div>
<div class="pp">Gregory P. Hale, D.O. &nbsp;&bull;&nbsp; Andrea L. Brandt, M.D.</div>
<div class="d">8802 Allisonville Road, Suite 210 &bull; Indianapolis, Indiana 46250</div>
<div class="d">Telephone {P(f['referring_phone'], 'dash')} &bull; Facsimile {P(f['referring_fax'], 'dash')}</div></div>
<hr class="dbl">
<h1>REFERRAL FORM</h1>
<table class="w">
<tr><td class="l">Date of Referral</td><td class="v">{D(f['referral_date'], 'abbr')}</td></tr>
<tr><td colspan="2" class="sec">PATIENT</td></tr>
<tr><td class="l">Patient Name</td><td class="v">Callahan, Bridget M.</td></tr>
<tr><td class="l">Date of Birth / Sex</td><td class="v">{D(f['patient_dob'], 'us')} &nbsp;/&nbsp; F</td></tr>
<tr><td class="l">Address</td><td class="v">5617 Kingsley Drive, Indianapolis, IN 46220</td></tr>
<tr><td class="l">Phone</td><td class="v">{P(f['patient_phone'], 'dash')} (cell)</td></tr>
<tr><td class="l">Chart #</td><td class="v">{f['patient_mrn']}</td></tr>
<tr><td class="l">Insurance</td><td class="v">{f['insurance_payer']}</td></tr>
<tr><td class="l">Member ID / Group</td><td class="v">{f['insurance_member_id']} &nbsp;/&nbsp; 174209-011</td></tr>
<tr><td colspan="2" class="sec">REFERRED TO</td></tr>
<tr><td class="l">Specialty</td><td class="v">Cardiology</td></tr>
<tr><td class="l">Physician</td><td class="v">Nathaniel Osei, MD &ndash; Heartland Cardiovascular Group</td></tr>
<tr><td class="l">Phone / Fax</td><td class="v">{P('3179258800', 'dash')} &nbsp;/&nbsp; {P('3179258812', 'dash')}</td></tr>
<tr><td colspan="2" class="sec">REFERRAL</td></tr>
<tr><td class="l">Diagnosis (ICD-10)</td><td class="v">I48.91 &ndash; Unspecified atrial fibrillation<br>R00.2 &ndash; Palpitations</td></tr>
<tr><td class="l">Reason for Referral</td><td class="v">{esc(f['reason'])}</td></tr>
<tr><td class="l">Pertinent History</td><td class="v">HTN, hyperlipidemia. CHA2DS2-VASc 3. TSH normal 10/2026. No prior cardiac history.</td></tr>
<tr><td class="l">Urgency</td><td class="v">{box(True)}Routine &nbsp;&nbsp; {box(False)}Urgent &nbsp;&nbsp; {box(False)}ASAP (call office)</td></tr>
<tr><td class="l">Enclosed</td><td class="v">{box(True)}Office note &nbsp; {box(True)}ECG &nbsp; {box(False)}Labs &nbsp; {box(False)}Imaging</td></tr>
<tr><td colspan="2" class="sec">REFERRING PHYSICIAN</td></tr>
<tr><td class="l">Name</td><td class="v">Andrea L. Brandt, MD</td></tr>
<tr><td class="l">NPI</td><td class="v">{f['referring_npi']}</td></tr>
<tr><td class="l">Supervising / Covering</td><td class="v">Gregory P. Hale, DO (NPI {second_npi})</td></tr>
</table>
<div class="sg"><div>Physician Signature:<span class="ln">&nbsp;</span></div><div>Date:<span class="lns">&nbsp;</span></div></div>
<div class="ft"><span>C:\\Forms\\Referral Form (rev 03-2024).docx</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NC01", css, body), fields=f, pages=1,
                kind="word_template_table_grey_label_column_arial_values_family_practice_to_cardiology",
                mode="standard",
                fax=dict(when="11/03/2026 15:42", name="WILLOW CREEK FP", number=f["referring_fax"],
                         to="3179258812", fmt="a"))


# ====================================================================== NC02
def nc02():
    """athenahealth-like 'Referral Order' printout: black header banner with practice and providers,
    patient line with id and dob, 'Order details' section, printed-on footer; internal medicine to GI."""
    f = {
        "patient_last_name": "Morales-Price",
        "patient_first_name": "Teresa",
        "patient_dob": "1968-05-30",
        "patient_sex": "F",
        "patient_phone": "6082749183",
        "patient_mrn": "7731045",
        "insurance_payer": "UnitedHealthcare Choice Plus",
        "insurance_member_id": "948213774",
        "referring_provider": "Samantha Ng",
        "referring_npi": npi("153902284"),
        "referring_phone": "6082741500",
        "referring_fax": "6082741599",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Michael Brennan",
        "diagnosis_codes": ["R19.5", "D50.9"],
        "reason": "Positive FIT in October, Hgb 10.8 with low ferritin. Please evaluate for colonoscopy and EGD.",
        "urgency": "routine",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'Nimbus Sans', Helvetica, Arial, sans-serif; font-size: 9pt; }
.ban { background:#000; color:#fff; padding:6px 10px; display:flex; justify-content:space-between; align-items:flex-end; }
.ban .n { font-size:14pt; font-weight:bold; }
.ban .s { font-size:8pt; text-align:right; line-height:1.35; }
.prov { font-size:8pt; padding:3px 10px; border-bottom:1px solid #000; }
h1 { font-size:15pt; font-weight:normal; margin:10px 0 2px 0; letter-spacing:1px; }
.pl { font-size:10pt; margin:2px 0 8px 0; }
.pl b { font-size:11pt; }
h2 { font-size:10pt; margin:10px 0 4px 0; padding-bottom:2px; border-bottom:1.5px solid #000; text-transform:uppercase; letter-spacing:0.5px; }
table.g { width:100%; }
table.g td { padding:2px 4px; vertical-align:top; }
table.g td.k { color:#000; width:1.55in; font-weight:bold; }
.box { border:1px solid #000; padding:5px 7px; margin-top:3px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="ban"><div class="n">LAKEVIEW PRIMARY CARE ASSOCIATES</div>
<div class="s">2110 Monroe St, Madison WI 53711<br>Ph {P(f['referring_phone'], 'paren')} &nbsp; Fax {P(f['referring_fax'], 'paren')}</div></div>
<div class="prov">Daniel Kessler, MD &nbsp;|&nbsp; Samantha Ng, DO &nbsp;|&nbsp; Priya Anand, PA-C &nbsp;|&nbsp; Lakeview Urgent Care (after hours) {P('6082741700', 'paren')}</div>
<h1>REFERRAL ORDER</h1>
<div class="pl"><b>TERESA MORALES-PRICE</b> (id #{f['patient_mrn']}, dob: {D(f['patient_dob'], 'us')}) &nbsp; female</div>
<h2>Patient Information</h2>
<table class="g">
<tr><td class="k">Address</td><td>418 Jenifer St, Madison, WI 53703</td><td class="k">Home phone</td><td>{P(f['patient_phone'], 'paren')}</td></tr>
<tr><td class="k">Language</td><td>English</td><td class="k">Emergency contact</td><td>Luis Price (husband) {P('6082740338', 'paren')}</td></tr>
<tr><td class="k">Primary insurance</td><td>{f['insurance_payer']}</td><td class="k">Member ID</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="k">Group #</td><td>0755213</td><td class="k">Insurance phone</td><td>{P('8778423210', 'one')}</td></tr>
</table>
<h2>Order details</h2>
<table class="g">
<tr><td class="k">Order</td><td>REFERRAL TO GASTROENTEROLOGY</td></tr>
<tr><td class="k">Order date</td><td>{D(f['referral_date'], 'us')}</td></tr>
<tr><td class="k">Diagnoses</td><td>Positive fecal immunochemical test &mdash; R19.5<br>Iron deficiency anemia, unspecified &mdash; D50.9</td></tr>
<tr><td class="k">Note to provider</td><td><div class="box">{esc(f['reason'])}</div></td></tr>
<tr><td class="k">Priority</td><td>Routine</td></tr>
<tr><td class="k">Schedule within</td><td>4 weeks</td></tr>
<tr><td class="k">Number of visits</td><td>1</td></tr>
<tr><td class="k">Authorization</td><td>Not required per payer</td></tr>
<tr><td class="k">Receiving provider</td><td>Michael J. Brennan, MD<br>Capital GI Consultants, 3102 Meriter Way, Madison WI 53715<br>Ph {P('6082630750', 'paren')} &nbsp; Fax {P('6082630799', 'paren')}</td></tr>
<tr><td class="k">Ordering provider</td><td>Ng, Samantha, DO</td></tr>
<tr><td class="k">Ordering provider NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="k">Attachments</td><td>Encounter note {D('2026-10-30', 'us')}; CBC, iron panel; FIT result</td></tr>
</table>
<h2>Recent results</h2>
<table class="g">
<tr><td class="k">Hemoglobin</td><td>10.8 g/dL (L) &nbsp; {D('2026-10-30', 'us')}</td><td class="k">Ferritin</td><td>7 ng/mL (L)</td></tr>
<tr><td class="k">MCV</td><td>74 fL (L)</td><td class="k">FIT</td><td>POSITIVE {D('2026-10-14', 'us')}</td></tr>
</table>
<div style="margin-top:14px">Electronically signed by: Samantha Ng, DO &nbsp; {D('2026-11-03', 'us')} 11:06AM CST</div>
<div class="ft"><span>Printed on {D('2026-11-03', 'us')} 2:47PM by KLARSEN &nbsp;&middot;&nbsp; Lakeview Primary Care Associates</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NC02", css, body), fields=f, pages=1,
                kind="athena_like_referral_order_header_banner_order_details_internal_medicine_to_gastroenterology",
                mode="fine",
                fax=dict(when="NOV-03-2026 14:51", name="LAKEVIEW PCA", number=f["referring_fax"],
                         to="6082630799", fmt="b"))


# ====================================================================== NC03
def nc03():
    """eClinicalWorks-like 'Referral Out': 'Referral From' / 'Referral To' side-by-side boxes (the
    consultant's NPI, phone and fax in the right box), patient and insurance grid, STAT priority."""
    f = {
        "patient_last_name": "Pham",
        "patient_first_name": "Minh",
        "patient_dob": "1991-02-19",
        "patient_sex": "M",
        "patient_phone": "8652817730",
        "patient_mrn": "45812",
        "insurance_payer": "Cigna HealthCare",
        "insurance_member_id": "U48829135",
        "referring_provider": "Derek Hutchins",
        "referring_npi": npi("136615029"),
        "referring_phone": "8656904412",
        "referring_fax": "8656904420",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Marguerite Adeyemi",
        "diagnosis_codes": ["R56.9", "R51.9"],
        "reason": "First unprovoked generalized seizure on 10/31, ED CT head negative. "
                  "Please see within 48-72 hours for EEG, MRI brain and driving counseling.",
        "urgency": "stat",
        "referral_date": "2026-11-02",
    }
    css = """
body { font-family: 'DejaVu Sans', Verdana, Tahoma, sans-serif; font-size: 8.6pt; }
.t { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #000; padding-bottom:3px; }
.t .h { font-size:16pt; font-weight:bold; }
.t .r { text-align:right; font-size:8.5pt; line-height:1.4; }
.pr { font-size:8pt; margin:3px 0 8px 0; }
.sbs { display:flex; gap:10px; }
.sbs > div { flex:1; border:1px solid #000; }
.sbs .hd { background:#bdbdbd; font-weight:bold; padding:2px 5px; border-bottom:1px solid #000; }
.sbs table { width:100%; }
.sbs td { padding:1.5px 5px; vertical-align:top; }
.sbs td.k { width:0.9in; font-weight:bold; }
.sec { background:#bdbdbd; font-weight:bold; padding:2px 5px; border:1px solid #000; margin-top:9px; }
table.gr { width:100%; border:1px solid #000; border-top:0; }
table.gr td { padding:2px 5px; vertical-align:top; border-bottom:0.5px solid #888; }
table.gr td.k { font-weight:bold; width:1.25in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; gap:20px; border-top:1px solid #000; padding-top:2px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="t"><div><div class="h">Referral Out</div>Cedar Bluff Internal Medicine, PLLC</div>
<div class="r">Referral ID: 118934<br>Referral Date: {D(f['referral_date'], 'us')}<br>Status: Open</div></div>
<div class="pr">10820 Kingston Pike, Ste 3, Knoxville, TN 37934 &nbsp;&middot;&nbsp; Main {P('8656904400', 'dash')} &nbsp;&middot;&nbsp; Billing {P('8656904455', 'dash')}</div>
<div class="sbs">
<div><div class="hd">Referral From</div><table>
<tr><td class="k">Provider</td><td>Derek A. Hutchins, MD</td></tr>
<tr><td class="k">Specialty</td><td>Internal Medicine</td></tr>
<tr><td class="k">Facility</td><td>Cedar Bluff Internal Medicine</td></tr>
<tr><td class="k">NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="k">Phone</td><td>{P(f['referring_phone'], 'dash')}</td></tr>
<tr><td class="k">Fax</td><td>{P(f['referring_fax'], 'dash')}</td></tr>
</table></div>
<div><div class="hd">Referral To</div><table>
<tr><td class="k">Provider</td><td>Marguerite Adeyemi, MD</td></tr>
<tr><td class="k">Specialty</td><td>Neurology</td></tr>
<tr><td class="k">Facility</td><td>Knoxville Neurology Specialists</td></tr>
<tr><td class="k">NPI</td><td>{npi('128870453')}</td></tr>
<tr><td class="k">Phone</td><td>{P('8655239100', 'dash')}</td></tr>
<tr><td class="k">Fax</td><td>{P('8655239104', 'dash')}</td></tr>
</table></div></div>
<div class="sec">Patient Information</div>
<table class="gr">
<tr><td class="k">Patient Name</td><td>PHAM, MINH T</td><td class="k">MRN#</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="k">DOB</td><td>{D(f['patient_dob'], 'us')}</td><td class="k">Sex</td><td>Male</td></tr>
<tr><td class="k">Address</td><td>2214 Sutherland Ave Apt 6, Knoxville, TN 37919</td><td class="k">Home Ph</td><td>{P(f['patient_phone'], 'dot')}</td></tr>
<tr><td class="k">Guarantor</td><td>Pham, Minh T (Self)</td><td class="k">Emergency Contact</td><td>Hoa Pham (mother) {P('8652810416', 'dot')}</td></tr>
</table>
<div class="sec">Insurance</div>
<table class="gr">
<tr><td class="k">Primary Ins</td><td>{f['insurance_payer']}</td><td class="k">Subscriber No</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="k">Group No</td><td>3340021</td><td class="k">Secondary Ins</td><td>&mdash;</td></tr>
</table>
<div class="sec">Referral Details</div>
<table class="gr">
<tr><td class="k">Priority</td><td>STAT</td><td class="k">Auth #</td><td>Pending</td></tr>
<tr><td class="k">Start Date</td><td>{D('2026-11-02', 'us')}</td><td class="k">End Date</td><td>{D('2027-02-02', 'us')}</td></tr>
<tr><td class="k">Visits</td><td>1</td><td class="k">Type</td><td>Consult &amp; Treat</td></tr>
<tr><td class="k">Diagnosis</td><td colspan="3">R56.9 &nbsp; Unspecified convulsions<br>R51.9 &nbsp; Headache, unspecified</td></tr>
<tr><td class="k">Reason</td><td colspan="3">{esc(f['reason'])}</td></tr>
<tr><td class="k">Notes</td><td colspan="3">Started levetiracetam 500 mg BID in ED. Advised no driving pending neurology evaluation. ED records attached.</td></tr>
</table>
<div style="margin-top:16px; display:flex; justify-content:space-between;">
<span>Provider Signature: ______________________________</span><span>Derek A. Hutchins, MD</span></div>
<div class="ft"><span>Patient: Pham, Minh T &nbsp; DOB: {D(f['patient_dob'], 'us')} &nbsp; Provider: Derek Hutchins, MD &nbsp; Date: {D('2026-11-02', 'us')}</span><span>Printed: {D('2026-11-02', 'us')} 04:10:33 PM &nbsp; Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NC03", css, body), fields=f, pages=1,
                kind="ecw_like_referral_out_from_to_side_by_side_blocks_internal_medicine_to_neurology_stat",
                mode="fine",
                fax=dict(when="11/02/2026 16:14", name="CEDAR BLUFF IM", number=f["referring_fax"],
                         to="KNOX NEURO", fmt="c"))


# ====================================================================== NC04
HW = "font-family:'Comic Sans MS','URW Chancery L','Z003',cursive;"


def hw(s, extra=""):
    return f'<span class="hw"{(" style=" + chr(34) + extra + chr(34)) if extra else ""}>{s}</span>'


def nc04():
    """Preprinted rural-clinic referral pad filled in by hand (script font for the values only):
    specialty checkbox grid with Orthopedics ticked; physician assistant refers to orthopedics."""
    f = {
        "patient_last_name": "Bauman",
        "patient_first_name": "Loretta",
        "patient_dob": "1961-03-07",
        "patient_sex": "F",
        "patient_phone": "4176832290",
        "insurance_payer": "Humana Gold Plus",
        "insurance_member_id": "H48213907",
        "referring_provider": "Rachel Okonkwo",
        "referring_npi": npi("187340562"),
        "referring_phone": "4176834100",
        "referring_fax": "4176834109",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Aaron Feldman",
        "diagnosis_codes": ["M17.11", "M25.561"],
        "reason": "R knee OA, failed PT and 2 steroid injections, pain at night - consider TKA",
        "urgency": "routine",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; }
.hw { """ + HW + """ font-size:14pt; color:#000; }
.hd { text-align:center; border-bottom:2px solid #000; padding-bottom:4px; }
.hd .n { font-size:16pt; font-weight:bold; font-variant:small-caps; }
.hd .a { font-size:9.5pt; }
h1 { text-align:center; font-size:13pt; margin:8px 0 6px 0; letter-spacing:3px; }
.row { display:flex; align-items:flex-end; margin:7px 0; gap:10px; }
.fld { display:flex; align-items:flex-end; flex:1; }
.fld .lb { white-space:nowrap; margin-right:5px; font-size:10pt; }
.fld .ul { flex:1; border-bottom:1px solid #000; min-height:22px; padding-left:6px; line-height:1.1; }
.grid { display:grid; grid-template-columns: repeat(4, 1fr); gap:4px 8px; margin:4px 0 4px 12px; font-size:10pt; }
.blk { border:1px solid #000; padding:5px 8px; margin-top:8px; }
.blk .t { font-weight:bold; font-size:10pt; }
.lines .ul2 { border-bottom:1px solid #000; min-height:25px; padding-left:6px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; }
.ck { display:inline-block; width:0.16in; height:0.16in; border:1.3px solid #000; vertical-align:-2px; margin-right:3px; position:relative; }
.ck i { position:absolute; left:0px; top:-6px; font-style:normal; """ + HW + """ font-size:17pt; font-weight:bold; }
"""

    def ck(on):
        return f'<span class="ck">{"<i>X</i>" if on else ""}</span>'

    specs = [("Cardiology", 0), ("Dermatology", 0), ("ENT", 0), ("Gastroenterology", 0), ("General Surgery", 0),
             ("Neurology", 0), ("Orthopedics", 1), ("Podiatry", 0), ("Pulmonology", 0), ("Urology", 0),
             ("Physical Therapy", 0), ("Other: ________", 0)]
    grid = "".join(f"<div>{ck(on)}{n}</div>" for n, on in specs)
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Osage Valley Rural Health Clinic</div>
<div class="a">404 W. Commercial St. &middot; Buffalo, Missouri 65622 &middot; Phone {P(f['referring_phone'], 'paren')} &middot; Fax {P(f['referring_fax'], 'paren')}</div>
<div class="a">Providers: Martin Gage, DO &middot; Rachel Okonkwo, PA-C &middot; Jody Lindell, FNP</div></div>
<h1>REFERRAL</h1>
<div class="row"><div class="fld"><span class="lb">Date:</span><span class="ul">{hw(D(f['referral_date'], 'mdyy'))}</span></div>
<div class="fld"><span class="lb">Appt. made? &nbsp; {ck(False)}Yes &nbsp;{ck(True)}No &nbsp; Date/time:</span><span class="ul"></span></div></div>
<div class="row"><div class="fld" style="flex:2"><span class="lb">Patient name:</span><span class="ul">{hw('Loretta J. Bauman')}</span></div>
<div class="fld"><span class="lb">DOB:</span><span class="ul">{hw(D(f['patient_dob'], 'mdyy'))}</span></div>
<div class="fld" style="flex:0.7"><span class="lb">Sex:</span><span class="ul">{hw('F')}</span></div></div>
<div class="row"><div class="fld" style="flex:2"><span class="lb">Address:</span><span class="ul">{hw('Rt 2 Box 118, Louisburg MO')}</span></div>
<div class="fld"><span class="lb">Phone:</span><span class="ul">{hw(P(f['patient_phone'], 'dash'))}</span></div></div>
<div class="row"><div class="fld"><span class="lb">Insurance:</span><span class="ul">{hw(f['insurance_payer'])}</span></div>
<div class="fld"><span class="lb">ID #:</span><span class="ul">{hw(f['insurance_member_id'])}</span></div></div>
<div class="row"><div class="fld"><span class="lb">Policy holder / guarantor:</span><span class="ul">{hw('self')}</span></div>
<div class="fld"><span class="lb">Prior auth #:</span><span class="ul"></span></div></div>
<div class="blk"><div class="t">Referred to (check one):</div>
<div class="grid">{grid}</div>
<div class="row"><div class="fld"><span class="lb">Physician / facility:</span><span class="ul">{hw('Dr. Aaron Feldman - Ozark Bone &amp; Joint, Springfield')}</span></div></div>
<div class="row"><div class="fld"><span class="lb">Phone:</span><span class="ul">{hw(P('4178869400', 'dash'))}</span></div>
<div class="fld"><span class="lb">Fax:</span><span class="ul">{hw(P('4178869412', 'dash'))}</span></div></div></div>
<div class="blk"><div class="t">Diagnosis / ICD-10:</div>
<div class="lines"><div class="ul2">{hw('M17.11 &nbsp; primary OA R knee')}</div><div class="ul2">{hw('M25.561 &nbsp; R knee pain')}</div></div>
<div class="t" style="margin-top:6px">Reason for referral / pertinent history:</div>
<div class="lines"><div class="ul2">{hw(esc(f['reason']))}</div><div class="ul2">{hw('X-rays 10/2026 attached - bone on bone medial')}</div><div class="ul2"></div></div>
<div class="row" style="margin-top:8px"><span class="lb">Priority: &nbsp; {ck(True)}Routine &nbsp;&nbsp; {ck(False)}Urgent (within 1 week) &nbsp;&nbsp; {ck(False)}Emergent &ndash; call the specialist</span></div>
<div class="row"><span class="lb">Records sent: &nbsp; {ck(True)}Office notes &nbsp; {ck(True)}X-ray &nbsp; {ck(False)}Labs &nbsp; {ck(False)}MRI</span></div></div>
<div class="row" style="margin-top:14px"><div class="fld" style="flex:2"><span class="lb">Referring provider:</span><span class="ul">{hw('Rachel Okonkwo PA-C')}</span></div>
<div class="fld"><span class="lb">NPI:</span><span class="ul">{hw(f['referring_npi'])}</span></div></div>
<div class="row"><div class="fld" style="flex:2"><span class="lb">Signature:</span><span class="ul">{hw('R. Okonkwo', 'font-size:19pt')}</span></div>
<div class="fld" style="flex:1.3"><span class="lb">Supervising physician:</span><span class="ul">{hw('Martin Gage DO')}</span></div></div>
<div class="ft">White &ndash; specialist &nbsp;&middot;&nbsp; Yellow &ndash; chart &nbsp;&middot;&nbsp; Pink &ndash; patient &nbsp;&nbsp;&nbsp; OVRHC form 22 (11/19)</div>
</div></div>"""
    return dict(html=page("NC04", css, body), fields=f, pages=1,
                kind="handwritten_referral_pad_script_values_specialty_checkbox_grid_pa_to_orthopedics",
                mode="fine",
                fax=dict(when="11-03-26 10:07A", name="OSAGE VALLEY RHC", number=f["referring_fax"],
                         to="OZARK B&amp;J", fmt="d"))


# ====================================================================== NC05
def nc05():
    """Two-page packet: fax cover sheet whose 'RE:' names the patient (urgent box unchecked, 'For review'
    checked), then a referral letter on letterhead; nurse practitioner to dermatology, no urgency given."""
    f = {
        "patient_last_name": "Whitaker",
        "patient_first_name": "Janelle",
        "patient_dob": "1972-09-14",
        "patient_phone": "2077743318",
        "patient_mrn": "48213",
        "insurance_payer": "Harvard Pilgrim Health Care",
        "insurance_member_id": "HPH77201946",
        "referring_provider": "Jillian Park",
        "referring_npi": npi("114590836"),
        "referring_phone": "2077742200",
        "referring_fax": "2077742219",
        "referred_to_specialty": "dermatology",
        "referred_to_provider": "Elise Lindqvist",
        "diagnosis_codes": ["D49.2", "L82.1"],
        "reason": "a changing pigmented lesion on the left upper back, about 7 mm with an irregular border "
                  "and two colors, noted by her husband to have grown over the summer",
        "urgency": "routine",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'C059', 'Century Schoolbook', serif; font-size: 10.5pt; }
.cv h1 { font-family:'Nimbus Sans', Arial, sans-serif; font-size:40pt; letter-spacing:8px; margin:0 0 4px 0; }
.cv .org { font-size:12pt; font-weight:bold; }
.cv .sm { font-size:9.5pt; }
.cv table.m { width:100%; margin-top:18px; font-size:12pt; }
.cv table.m td { padding:7px 4px; border-bottom:1px solid #000; vertical-align:top; }
.cv table.m td.k { font-weight:bold; width:1.1in; }
.cv .cks { margin:18px 0; font-size:11.5pt; display:flex; justify-content:space-between; }
.cv .msg { border:1px solid #000; min-height:1.6in; padding:8px; font-size:11pt; }
.cv .conf { margin-top:22px; font-size:8.5pt; border-top:2px solid #000; padding-top:6px; text-align:justify; }
.lt .lh { display:flex; border-bottom:1.5px solid #000; padding-bottom:6px; }
.lt .lh .l { width:2.1in; font-size:8.5pt; line-height:1.35; border-right:1px solid #000; padding-right:8px; }
.lt .lh .r { flex:1; padding-left:12px; }
.lt .lh .r .n { font-size:17pt; font-variant:small-caps; font-weight:bold; }
.lt p { margin:7px 0; text-align:justify; line-height:1.35; }
.lt table.re { margin:10px 0 6px 0; font-size:10pt; }
.lt table.re td { padding:1px 10px 1px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
"""
    p1 = f"""
<div class="sheet"><div class="inner cv">
<div class="org">Harbor Point Internal Medicine</div>
<div class="sm">75 Commercial Street, Suite 4, Portland, ME 04101 &middot; Tel {P(f['referring_phone'], 'paren')} &middot; Fax {P(f['referring_fax'], 'paren')}</div>
<h1 style="margin-top:24px">FAX</h1>
<table class="m">
<tr><td class="k">To:</td><td>Summit Dermatology Associates &ndash; New Patient Referrals</td></tr>
<tr><td class="k">Fax:</td><td>{P('2078796241', 'paren')}</td></tr>
<tr><td class="k">Phone:</td><td>{P('2078796200', 'paren')}</td></tr>
<tr><td class="k">From:</td><td>Denise Albright, referral coordinator</td></tr>
<tr><td class="k">Date:</td><td>{D('2026-11-03', 'long')}</td></tr>
<tr><td class="k">Pages:</td><td>2 (including cover)</td></tr>
<tr><td class="k">RE:</td><td>Referral &ndash; Janelle Whitaker, DOB {D(f['patient_dob'], 'us')}</td></tr>
</table>
<div class="cks"><span>{box(False)}Urgent</span><span>{box(True)}For Review</span><span>{box(False)}Please Comment</span><span>{box(False)}Please Reply</span><span>{box(False)}Please Recycle</span></div>
<div class="msg">Please find the attached new patient referral. Office notes and the photo of the lesion are
available through the portal on request. Kindly fax the appointment date and time back to our office at the
number above.<br><br>Thank you! &ndash; Denise, ext. 214</div>
<div class="conf"><b>CONFIDENTIALITY NOTICE:</b> The documents accompanying this facsimile transmission contain
confidential health information that is legally privileged. This information is intended only for the use of the
individual or entity named above. If you are not the intended recipient, you are hereby notified that any
disclosure, copying, distribution or action taken in reliance on the contents of these documents is strictly
prohibited. If you have received this fax in error, please notify the sender immediately by telephone and destroy
the documents.</div>
<div class="ft"><span>HPIM fax cover 2025</span><span>1</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner lt">
<div class="lh"><div class="l"><b>Harold B. Weiss, MD</b><br>Internal Medicine<br><br><b>Jillian Park, FNP-BC</b><br>Nurse Practitioner<br>NPI {f['referring_npi']}</div>
<div class="r"><div class="n">Harbor Point Internal Medicine</div>
75 Commercial Street, Suite 4<br>Portland, Maine 04101<br>Telephone {P(f['referring_phone'], 'dot')} &nbsp; Fax {P(f['referring_fax'], 'dot')}</div></div>
<p style="margin-top:14px">{D(f['referral_date'], 'long')}</p>
<p>Elise Lindqvist, MD<br>Summit Dermatology Associates<br>1600 Congress Street<br>Portland, ME 04102</p>
<table class="re">
<tr><td><b>RE:</b></td><td>Janelle Whitaker</td><td><b>DOB:</b></td><td>{D(f['patient_dob'], 'us')}</td></tr>
<tr><td></td><td>Chart #{f['patient_mrn']}</td><td><b>Phone:</b></td><td>{P(f['patient_phone'], 'paren')}</td></tr>
<tr><td></td><td colspan="3">{f['insurance_payer']}, member ID {f['insurance_member_id']}</td></tr>
<tr><td></td><td colspan="3">ICD-10: D49.2 (neoplasm of unspecified behavior of skin), L82.1 (seborrheic keratosis)</td></tr>
</table>
<p>Dear Dr. Lindqvist,</p>
<p>Thank you for seeing Ms. Whitaker, a 54-year-old woman whom I am referring for evaluation of
{esc(f['reason'])}. She has no personal history of skin cancer; her father had melanoma in his sixties. She also
has several stuck-on brown plaques on the trunk consistent with seborrheic keratoses, one of which is irritated by
her bra strap, and she would like it addressed at the same visit if possible.</p>
<p>Her medical history is notable for hypothyroidism on levothyroxine and mild intermittent asthma. She has no known
drug allergies. She does not use tanning beds and reports several blistering sunburns as a teenager.</p>
<p>I would appreciate your evaluation and biopsy as you see fit. Please send your note to our office. Ms. Whitaker
can be reached at the number above and prefers afternoon appointments.</p>
<p>Sincerely,</p>
<p style="margin-top:26px">Jillian Park, FNP-BC<br>Harbor Point Internal Medicine<br>NPI {f['referring_npi']}</p>
<p style="font-size:9pt">cc: Harold B. Weiss, MD (collaborating physician)</p>
<div class="ft"><span>Whitaker, Janelle &middot; {D(f['patient_dob'], 'us')}</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NC05", css, p1 + p2), fields=f, pages=2,
                kind="two_page_packet_fax_cover_re_patient_then_referral_letter_np_to_dermatology",
                mode="standard", urgency_printed=False,
                fax=dict(when="11/03/2026 12:20", name="HARBOR POINT IM", number=f["referring_fax"],
                         to="SUMMIT DERM", fmt="g"))
