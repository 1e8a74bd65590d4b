"""Hand annotation of testdata/official (see annotate.py for the format).

R(start anchor, end anchor, speaker, actor, default label, {substring: label}, kind)
S(span, speaker, actor, label, kind, {reporter, occ})
A label 'x/y' means label x, also_ok y, confidence low; 'x!' means medium."""

TYPES = {
    "Chinese government": "government", "US government": "government", "US Congress": "parliament",
    "UK government": "government", "UK Parliament": "parliament", "EE": "operator", "Huawei": "company",
    "Czech government": "government", "FCC": "regulator", "German government": "government",
    "European Commission": "eu_institution", "European Council": "eu_institution", "EU member states": "government",
    "ENISA": "regulator", "Australian government": "government", "Canadian government": "government",
    "Canadian Parliament": "parliament", "Telecom operators": "operator",
}


def R(a, b, spk, actor, default, over=None, kind="statement"):
    return ("R", a, b, spk, actor, default, over or {}, kind)


def S(sub, spk, actor, label, kind, **opt):
    return ("S", sub, spk, actor, label, kind, opt)


CN, US, USC, UK, UKP = "Chinese government", "US government", "US Congress", "UK government", "UK Parliament"
EC, CA, CAP = "European Commission", "Canadian government", "Canadian Parliament"
OFF = "off_target"

DOCS = {
 "mfa-2019-05-23-lu-kang": {"prefix": "mfa-0523", "stmts": [
    R("At the invitation of President Cyril", "May 30 to June 1.", "Lu Kang", CN, OFF),
    S("it will continue to use Huawei equipment in 5G development at home", "British telecom operator EE", "EE", "supportive", "reported"),
    S("although some global partners have come under political pressures from the US, Huawei has every confidence in overcoming difficulties and retaining growth", "Huawei spokesperson", "Huawei", OFF, "reported"),
    R("You may have noticed the recent interview", "a broad mind sees a vast world.", "Lu Kang", CN, "supportive!"),
 ]},
 "mfa-2019-02-21-geng-shuang": {"prefix": "mfa-0221", "stmts": [
    R("The 5G technology, cutting-edge as it is", "common development and win-win results.", "Geng Shuang", CN, "supportive!",
      {"It means a lot": "supportive/off_target", "It is a product of hi-tech": "supportive/off_target",
       "In the era of globalization": "supportive/off_target"}),
 ]},
 "mfa-2019-02-18-geng-shuang": {"prefix": "mfa-0218", "stmts": [
    S("the US has been very clear with its security partners on the threat posed by Huawei and other Chinese telecom companies, as Chinese law requires them to provide Beijing's vast security apparatus with access to any data that touches their network or equipment", "Mike Pence", US, "opposed", "reported"),
    S("it requires Chinese companies to coordinate with the government to steal secrets", "Some other people of the US side", US, "opposed", "reported"),
    R("I have taken note of Vice President Pence", "instead of making one-sided and wrong interpretation that is out of context.", "Geng Shuang", CN, "supportive",
      {"I have taken note": OFF, "In response, I'd like": OFF, "Meanwhile, there are many provisions": "supportive/off_target",
       "Those stipulations also apply": "supportive/off_target", "stipulates not only": "supportive!"}),
 ]},
 "mfa-2019-01-28-geng-shuang": {"prefix": "mfa-0128", "stmts": [
    S("the US government has been secretly pressurizing its allies over the past year to join efforts and stop Huawei from participating in the global 5G networks construction", "a recent US media report", US, "opposed", "action"),
    S("it is unfair and immoral for these countries to mobilize state power to blacken the names of and crack down on specific companies", "State Councilor Wang Yi", CN, "supportive", "reported"),
    R("I have seen relevant reports as well.", "These were the original words used by the New York Times.", "Geng Shuang", CN, "supportive",
      {"I have seen relevant": OFF, "He said that": "skip", "The media report you mentioned": OFF, "I would like to make two excerpts": "supportive/off_target",
       "These were the original words": OFF}),
 ]},
 "mfa-2019-09-04-geng-shuang": {"prefix": "mfa-0904", "stmts": [
    R("I'm not aware of what you said and don't know", "within the framework of international law.", "Geng Shuang", CN, OFF),
    R("I understand there is lots of attention", "DPRK in due course.", "Geng Shuang", CN, OFF),
    R("Like I just said, we will release", "DPRK in due course.", "Geng Shuang", CN, OFF),
    S("the US government is trying to coerce its employees to spy on the company", "Huawei", "Huawei", "supportive/off_target", "reported"),
    R("As I understand, this is Huawei's response", "self-claimed champion.", "Geng Shuang", CN, "supportive",
      {"As I understand": OFF, "Here's what I can tell you": OFF, "The Chinese government asks": "supportive/off_target"}),
 ]},
 "mfa-2019-08-20-geng-shuang": {"prefix": "mfa-0820", "stmts": [
    R("I'm not aware of the specifics you mentioned.", "express their opinions and viewpoints.", "Geng Shuang", CN, OFF),
    S("it's extremely concerned about reports that an employee of the British Consulate-General in Hong Kong has disappeared when on a visit to Shenzhen and possibly been detained", "The British government", UK, OFF, "reported"),
    R("A: I'm not aware of what you said.", "A: I'm not aware of what you said.", "Geng Shuang", CN, OFF),
    R("As far as we learn, on the afternoon", "still under investigation.", "Geng Shuang", CN, OFF),
 ]},
 "mfa-2019-10-29-geng-shuang": {"prefix": "mfa-1029", "stmts": [
    R("In the recent general elections held successfully", "two countries and peoples.", "Geng Shuang", CN, OFF),
 ]},
 "mfa-2020-07-17-hua-chunying": {"prefix": "mfa-0717", "stmts": [
    R("On July 20 and 21, the Association", "for 11 consecutive years.", "Hua Chunying", CN, OFF),
 ]},
 "hansard-2020-01-27-5g-network-and-huawei": {"prefix": "hc-0127", "stmts": [
    R("I thank my hon. Friend the Member", "quality, resilience and security of equipment.", "the Minister", UK, "cautious",
      {"I thank my hon.": OFF, "I know he has": OFF, "She will address": OFF, "New telecoms technologies": OFF,
       "They can give us": "cautious/off_target", "The UK has one of": OFF, "It considered the UK": "cautious/off_target"}),
 ]},
 "hansard-2019-04-25-uk-telecoms-huawei": {"prefix": "hc-0425", "stmts": [
    R("The security and resilience of the United Kingdom", "through its safe and secure deployment.", "the Minister", UK, "cautious",
      {"The security and resilience": "cautious/off_target", "It has considered the full": "cautious/off_target"}),
 ]},
 "hansard-2020-03-04-huawei-and-5g": {"prefix": "hc-0304", "stmts": [
    S("That this House has considered the security implications of including Huawei in 5G.", "the mover", UKP, "cautious/opposed", "statement"),
    R("It is a pleasure to serve", "cannot be said in any meaningful sense?", "the mover", UKP, "opposed",
      {"It is a pleasure": OFF, "I am pleased to see": OFF, "99%-owned": "opposed/off_target", "According to Chinese law": "opposed/off_target",
       "An example of a public organisation": OFF}),
 ]},
 "hansard-2020-11-30-telecommunications-security-bill": {"prefix": "hc-1130", "stmts": [
    S("I beg to move, That the Bill be now read a Second time.", "the Secretary of State", UK, OFF, "statement"),
    R("Cutting-edge technology such as 5G", "both now and for the future.", "the Secretary of State", UK, "cautious"),
 ]},
 "hansard-2020-03-10-telecommunications-infrastructure-bill": {"prefix": "hc-0310", "stmts": [
    S("I beg to move amendment 2, in clause 1, page 2, line 3, after “lessee in occupation” insert", "the mover", UKP, OFF, "statement"),
    S("This amendment is intended to expand the definition of persons who can request an operator to provide an electronic telecommunications service to include rental tenants and other legal occupants who may not own the lease to the property they occupy.", "the mover", UKP, OFF, "statement"),
    S("“(f) the operator does not, after 31 December 2022, use vendors defined by the National Cyber Security Centre as high-risk vendors.”", "Amendment 1", UKP, "opposed", "quote"),
    S("“(f) the operator does not use designated high-risk vendors, as defined by the National Cyber Security Centre, in newly deployed electronic communications services.”", "Amendment 4", UKP, "opposed", "quote"),
    S("This amendment would prevent vendors designated as high-risk being used by operators granted Part 4A orders.", "Amendment 4", UKP, "opposed", "statement"),
    S("This amendment is intended to ensure that tenants are not “locked in” to using services provided by a single operator and to encourage market competition.", "Amendment 3", UKP, OFF, "statement"),
 ]},
 "twfy-2020-07-14-uk-telecommunications": {"prefix": "twfy-0714", "stmts": [
    R("Digital connectivity is an increasingly vital", "as the technology develops.", "Oliver Dowden", UK, "cautious",
      {"Digital connectivity is": OFF, "During this period": OFF, "The 4G technology": OFF, "But the Government need": OFF,
       "That means developing": OFF, "It is only by doing this": OFF, "Keeping the country secure": "cautious/off_target",
       "This consideration precedes": "cautious/off_target"}),
 ]},
 "hansard-2020-01-28-uk-telecommunications": {"prefix": "hc-0128", "stmts": [
    R("Mr Speaker, with permission", "than any other country in the world.", "the Minister", UK, "cautious",
      {"Mr Speaker, with permission": OFF, "This Government are committed": OFF, "We are removing the barriers": OFF,
       "Thanks to its analysis": "cautious/opposed"}),
 ]},
 "state-2020-pompeo-prague-5g-conference": {"prefix": "state-prague", "stmts": [
    R("Hello, everyone.", "competitive global marketplace for trusted 5G vendors.", "Mike Pompeo", US, "opposed",
      {"Hello, everyone.": OFF, "Secretary of State Mike Pompeo here.": OFF, "Prime Minister Babiš": OFF, "It was a privilege": OFF,
       "Today’s conference provides": "opposed/off_target", "The U.S. has done our part": "opposed/off_target",
       "rooted in the Prague Proposals": "opposed/cautious", "I’m happy to announce": "opposed/cautious", "This program promotes": "opposed/cautious",
       "Around the world": "opposed!"}),
    S("The Czech Republic has been a leader when it comes to confronting the threats posed by the Chinese Communist Party and its technology companies.", "Mike Pompeo", "Czech government", "opposed", "action", reporter=US),
 ]},
 "senate-sasse-2020-fcc-designation": {"prefix": "sasse", "stmts": [
    S("the FCC formally designated Huawei and ZTE as national security threats", "U.S. Senator Ben Sasse", "FCC", "opposed", "action", reporter=USC),
    S("“Make no mistake: Huawei is an arm of China's Communist Party, not a private company. The CCP has gained footholds in countries around the world with Huawei and ZTE under the premise that they are independent companies. Now the world is learning that is not true. The United States will not put US dollars in the communists’ pockets and today’s decision shows that. This is good for our national security and for our shared fight against China becoming the world's leading superpower.\"", "Ben Sasse", USC, "opposed", "quote"),
 ]},
 "senate-rubio-2019-07-16-defending-5g-future-act": {"prefix": "rubio", "stmts": [
    S("Rubio, Cotton, Van Hollen, Warner, Blumenthal, Romney Introduce Bipartisan Bill to Protect our National Security from China’s Huawei", "Rubio, Cotton, Van Hollen, Warner, Blumenthal, Romney", USC, "opposed", "headline"),
    R("U.S. Senator Marco Rubio (R-FL) joined", "companion legislation in the House.", "Marco Rubio", USC, "opposed"),
 ]},
 "senate-romney-2019-huawei-prohibition-act": {"prefix": "romney", "stmts": [
    S("Romney, Rubio, Collins Introduce Bill to Protect U.S. from China’s Huawei Threat", "Romney, Rubio, Collins", USC, "opposed", "headline"),
    S("Urge Inclusion of Huawei Provision in Final NDAA", "Romney, Rubio, Collins", USC, "opposed", "headline"),
    R("U.S. Senators Mitt Romney (R-UT)", "in the final FY2020 National Defense Authorization Act (NDAA).", "Mitt Romney", USC, "opposed"),
    S("“We must make a concerted effort to confront the threat China poses to U.S. national security, intellectual property, and technology,”", "Romney", USC, "opposed/off_target", "quote"),
    S("“As Congress continues to take steps toward protecting our national security against the threat China poses, it is vital that Huawei does not have access to our critical telecommunications infrastructure. Our bill will prohibit U.S.-based companies from doing business with Huawei until they no longer pose a national security threat.”", "Romney", USC, "opposed", "quote"),
    S("“Adding Huawei to the Commerce Department’s banned Entity List was one of the most important moves by the Trump Administration in America’s long-term strategic competition with the totalitarian Chinese government and Communist Party,”", "Rubio", USC, "opposed", "quote"),
    S("“Congress must protect that action and this important legislation does just that. Huawei, a malign Chinese state-directed telecommunications company that seeks to dominate the future of 5G networks, is an instrument of national power used by the regime in Beijing to undermine U.S. companies and other international competitors, engage in espionage on foreign countries, and steal intellectual property and trade secrets.”", "Rubio", USC, "opposed", "quote"),
 ]},
 "senate-warner-2022-10-fcc-ban": {"prefix": "warner22", "stmts": [
    S("the Federal Communications Commission (FCC) plan to ban new sales of Chinese-based Huawei and ZTE technologies on the bases of national security", "U.S. Sen. Mark R. Warner", "FCC", "opposed", "action", reporter=USC),
    S("“Several years ago a bipartisan group of senators on the Senate Select Committee on Intelligence began raising the alarm about the threat that Huawei and ZTE posed to our national security. I’m proud of the steps that Congress has since taken to confront this challenge, including passing Secure and Trusted Communications Networks Act of 2019 – which I co-wrote to incentivize carriers to replace Huawei and ZTE equipment in their networks. I’m glad to see the Federal Communications Commission finally take this step to protect our networks and national security.”", "Mark R. Warner", USC, "opposed", "quote"),
    R("Sen. Warner, a former telecommunications entrepreneur", "alternatives to Chinese equipment providers Huawei and ZTE.", "Sen. Warner", USC, "opposed",
      {"In 2020, Sen. Warner": "opposed/cautious"}, "action"),
 ]},
 "senate-warner-2018-06-zte-agreement": {"prefix": "warner18", "stmts": [
    S("“It is the unanimous conclusion of our nation’s intelligence community that ZTE poses a significant threat to our national security. These concerns aren’t new; back in 2012, the House Permanent Select Committee on Intelligence released a report on the serious counterintelligence concerns associated with ZTE equipment.", "Mark R. Warner", USC, "opposed", "quote"),
    S("“It’s not only that ZTE was busted for evading sanctions on Iran and North Korea, and then lied about it; It’s that ZTE is a state-controlled telecommunications company that poses significant espionage risks, which this agreement appears to do little to address.”", "Mark R. Warner", USC, "opposed", "quote"),
 ]},
 "senate-warner-2019-05-executive-order": {"prefix": "warner19", "stmts": [
    S("President Trump signed an executive order to ban American telecommunications firms from installing foreign-made equipment that could pose a threat to national security", "U.S. Sen. Mark R. Warner", US, "opposed", "action", reporter=USC),
    S("“This is a needed step, and reflects the reality that Huawei and ZTE represent a threat to the security of U.S. and allied communications networks. Under current Chinese security laws, these and other companies based in China are required to provide assistance to the Chinese state. This executive order places a great deal of authority in the Department of Commerce, which must ensure that it is implemented in a fair and responsible fashion as to not harm or stifle legitimate business activities. It should also be noted that we have yet to see a compelling strategy from this Administration on 5G, including how the Administration intends to work cooperatively with our allies and like-minded nations to ensure that international standards set for 5G reflect Western values and standards for security and privacy. Nor do we have a stated plan for replacing this equipment from existing commercial networks – a potentially multi-billion dollar effort that, if done ineptly, could have a major impact on broadband access in rural areas. A coherent coordinated and global approach is critically needed as nations and telecom providers move to implement 5G.”", "Mark R. Warner", USC, "opposed", "quote"),
 ]},
 "senate-markey-gardner-coons-resolution": {"prefix": "markey", "stmts": [
    S("“the United States should reiterate to countries choosing to incorporate Huawei or ZTE products into their new telecommunications infrastructure that the United States will seek to limit the risks posed to the United States Government or Armed Forces from use of such compromised networks.”", "their resolution", USC, "opposed", "quote"),
    S("the U.S. government has called on these countries to abandon utilizing Huawei and ZTE", "Gardner, Coons and Markey", US, "opposed", "action", reporter=USC),
    S("allies like Germany have not", "Gardner, Coons and Markey", "German government", "cautious/supportive", "action", reporter=USC),
    R("Allowing Huawei equipment to be installed", "in global 5G infrastructure.", "Gardner, Coons and Markey", USC, "opposed"),
 ]},
 "senate-democrats-schumer-cotton-entity-list": {"prefix": "schumer", "stmts": [
    S("Joint Schumer-Cotton Statement After Senate Passes Motion To Instruct NDAA Conference Committee To Retain And Strengthen Provision To Keep Huawei On Entity List", "Schumer-Cotton", USC, "opposed", "headline"),
    S("the Senate passed their Motion to Instruct the NDAA Conference Committee to retain and strengthen an amendment from Rep. Mike Gallagher (R-WI) to the NDAA that would prohibit President Trump from removing Huawei from the entity list without the consent of Congress", "the Senate", USC, "opposed", "action"),
    S("“Huawei is the eyes and ears of the Chinese Communist Party overseas and a menace to our economic and national security. Today, the Senate sent a strong message that Huawei should be treated like the Chinese spy company that it is. We urge all conferees to include this important measure in the final version of the NDAA.”", "Chuck Schumer and Tom Cotton", USC, "opposed", "quote"),
 ]},
 "senate-cotton-2018-06-13-colloquy": {"prefix": "cotton", "stmts": [
    S("Cotton Warns about the Threat of Huawei and ZTE", "Cotton", USC, "opposed", "headline"),
    S("to educating all of our allies about the threat that companies like Huawei and ZTE pose to the civilized world", "General Nakasone", US, "opposed", "reported", reporter=USC),
    R("I ask consent to have a colloquy", "committed at his confirmation hearing,", "Tom Cotton", USC, "opposed",
      {"I ask consent": OFF, "Thank you, Mr. President.": OFF, "The Senator and I": "opposed/off_target", "Earlier this year I asked": "opposed/off_target",
       "And I said, well": OFF, "What about members": OFF, "I hope all of you": OFF, "Huawei's CEO was": "opposed/off_target",
       "The company's livelihood": "opposed/off_target", "shamelessly stealing": OFF, "under the investigation": OFF,
       "It broke our laws": OFF, "That makes it a repeat": OFF, "That's why General Nakasone": "skip"}),
 ]},
 "house-mccaul-5g-leadership-act": {"prefix": "mccaul5g", "stmts": [
    R("Washington, DC – House Foreign Affairs", "mobile telecommunications systems and infrastructure.", "Michael McCaul", USC, "opposed/cautious",
      {"Additionally, it will enhance": OFF}, "action"),
    S("“The Chinese Communist Party does not hide the fact that their end goal is to replace freedom and democracy with authoritarianism and oppression. By controlling advanced communications systems such as 5G networks, the CCP will be able to better spread its malign influence and will further enable its continued espionage efforts and its theft of intellectual property. Passage of this legislation is an important step to ensure American leadership in setting international standards for 5G technology while countering the CCP’s nefarious practices.”", "Michael McCaul", USC, "opposed", "quote"),
 ]},
 "house-hpsci-republicans-2020-01-29-britain": {"prefix": "hpsci", "stmts": [
    S("Britain's decision to allow Huawei to help build its 5G network", "HPSCI Republicans", UK, "cautious/supportive", "headline", reporter=USC, occ=1),
    S("\"Britain’s decision to allow Huawei to help build its 5G network is deeply concerning. China is seeking to dominate global telecommunication infrastructure for strategic reasons, not commercial ones—a fact that the Chinese government has made plain. Huawei is not simply a telecommunications company based in China. It is subject to the control of the Chinese government, one of the world’s most aggressive surveillance states. Huawei has benefited from intellectual property theft, unfair commercial practices, and many other forms of corruption.", "All nine Republican members of the House Intelligence Committee", USC, "opposed", "quote"),
    S("We urge our allies, as well as the United States government itself, to take stronger measures to inoculate our economies and information from the well-documented, continuing malfeasance of Huawei and similar enterprises that serve the interests of Beijing.\"", "All nine Republican members of the House Intelligence Committee", USC, "opposed", "quote"),
 ]},
 "house-resolution-denouncing-uk-huawei-decision": {"prefix": "hres-uk", "stmts": [
    S("today introduced a resolution denouncing the United Kingdom’s decision that would allow a Chinese Communist Party (CCP) controlled company, Huawei, to build part of their 5G networks", "Congressman Michael McCaul", USC, "opposed", "action"),
    S("“We are extremely disappointed that the United Kingdom seems poised to allow CCP controlled Huawei to build much of their next generation 5G networks. Huawei equipment is absolute poison – providing them access to any aspect of a 5G network compromises the integrity of the entire system and will result in network data being sent back to Communist Party leaders in Beijing. Investing in Huawei technology only serves to fund the regime’s malign activity at home and across the globe- from their internment of ethnic minorities in western China to spying on and stealing from Americans.", "The lawmakers", USC, "opposed", "quote"),
    S("“Our special relationship with the UK is built on our shared commitment to freedom and security. The CCP – and by extension Huawei- is an affront to these core democratic principles. We hope the UK will reverse course on this consequential decision and work with us to build a 5G future that will not only protect our mutual interests but will safeguard the values we share.”", "The lawmakers", USC, "opposed", "quote"),
 ]},
 "house-energycommerce-huawei-they-go": {"prefix": "hec", "stmts": [
    S("Huawei They Go: Holding the Chinese Communist Party Accountable", "Energy and Commerce Republicans", USC, "opposed/off_target", "headline"),
    R("In today’s interconnected world", "100th anniversary of communist rule.", "Energy and Commerce Republicans", USC, OFF),
    S("our intelligence community has warned for over a decade of the threat posed by China infiltrating our networks through their telecom giant Huawei", "our intelligence community", US, "opposed", "reported", reporter=USC),
 ]},
 "house-mccaul-markup-opening-statement": {"prefix": "mccaulmk", "stmts": [
    S("Washington D.C. – Congressman Michael McCaul (R-TX), Lead Republican of the House Foreign Affairs Committee, delivered the following opening statement at today’s full committee markup of multiple measures, including his legislation, the Promoting United States International Leadership in 5G Act of 2019, that will protect our national security and strategic interests by pursuing an alternative to China’s 5G campaign", "Michael McCaul", USC, "opposed/cautious", "action"),
    S("“Thank you Mr. Chairman. Let’s first say at the outset that yesterday marked a historic day in the House. For the first time in over 30 years, the House took action and passed the bill recognizing the historic fact that the Armenian Genocide took place. 30 years.  And I want to thank my good friend from New Jersey, Mr. Smith, who has been a champion on this issue, for his years of hard work and unwavering support in getting this measure finally across the finish line.  I think it sends a strong message to President Erdogan as well and I want to thank Chairman Engel as usual for his bipartisan cooperation in working together with me and my staff to get the Turkey Sanctions bill passed and a unified voice from the Congress, rather than a divisive voice that we so often see these days.", "Michael McCaul", USC, OFF, "quote"),
 ]},
 "eu-vestager-2020-01-30-remarks-5g": {"prefix": "vestager", "stmts": [
    R("Welcome to Mr. Tonko Obuljen", "resilience against cyberattacks.", "Vestager", EC, "cautious",
      {"Welcome to Mr.": OFF, "I think this is a very show": OFF, "We can do great things": OFF, "It will be a major enabler": OFF,
       "The technology supports": OFF, "This will make a positive": OFF, "Only then will": "cautious/off_target"}),
 ]},
 "eu-commission-2023-06-15-toolbox-implementation": {"prefix": "ec-2023", "stmts": [
    R("The Commission has adopted a Communication", "similar to the analysis of the competent authorities of certain third countries.", "the Commission", EC, "opposed",
      {"The Commission has adopted": "cautious/opposed", "The Commission takes note": "cautious/opposed", "The NIS Report highlights": "skip",
       "Huawei and ZTE have been subject": "skip", "In other Member States": "skip", "The findings of those Member States": "skip"}),
    S("The NIS Report highlights the ‘clear risk of persisting dependency on high-risk suppliers in the internal market with potentially serious negative impacts on security for users and companies across the EU and the EU’s critical infrastructure’.", "The NIS Report", "EU member states", "opposed/cautious", "reported", reporter=EC),
    S("Huawei and ZTE have been subject to public decisions and advice in certain Member States, based on national security concerns, including assessments by those Member States’ intelligence services.", "the Commission", "EU member states", "opposed", "action", reporter=EC),
    S("In other Member States, decisions to restrict or exclude certain suppliers from their 5G networks have been made confidentially, based on their assessment.", "the Commission", "EU member states", "opposed", "action", reporter=EC),
    S("The findings of those Member States are similar to the analysis of the competent authorities of certain third countries.", "the Commission", "EU member states", "opposed/cautious", "action", reporter=EC),
 ]},
 "eu-enisa-2020-07-24-toolbox-report": {"prefix": "enisa", "stmts": [
    S("Today, the European Commission and the German Presidency of the Council of the EU released the report on the progress made by the EU27 in implementing the EU 5G toolbox measures and strengthening safety measures.", "ENISA", EC, "cautious", "action", reporter="ENISA"),
    S("The European Union Agency for Cybersecurity collaborated closely with Member States and the Commission on the strategic and technical measures published.", "ENISA", "ENISA", "cautious", "action"),
    S("Today, EU Member States, with the support of the European Commission and the European Union Agency for Cybersecurity, ENISA, published a report on the progress made in implementing the joint EU toolbox of mitigating measures for identified 5G risks, which was agreed by the Member States and endorsed by a Commission Communication in January 2020.", "ENISA", "EU member states", "cautious", "action", reporter="ENISA"),
    R("The toolbox sets out a joint approach", "relevant strategic and technical measures.", "ENISA", "ENISA", "cautious"),
    S("\"The toolbox sets the foundation for a coordinated EU approach towards 5G security based on a risk management approach. All Member States have made progress in implementing the necessary measures. Also, it is acknowledged by all that the job is not finished and we are reinforcing the measures as we go along. The EU Agency for Cybersecurity is committed to assist in this. We also update the 5G threat landscape and stand ready to develop an EU 5G cybersecurity certification scheme should it be requested.''", "Juhan Lepassaar", "ENISA", "cautious", "quote"),
 ]},
 "eu-commission-2020-12-review-toolbox": {"prefix": "ec-2020", "stmts": [
    R("EU citizens and companies using advanced", "avoiding dependency on these suppliers.", "the Commission", EC, "cautious",
      {"EU citizens and companies": "cautious/off_target", "Going forward": "cautious/opposed"}),
    S("‘to make full use of the 5G cybersecurity toolbox adopted on 29 January 2020, and in particular to apply the relevant restrictions on high-risk suppliers for key assets defined as critical and sensitive in the EU coordinated risk assessments, based on common objective criteria”", "the European Council", "European Council", "cautious/opposed", "reported"),
    R("As regards next steps", "other EU strategic security objectives.", "the Commission", EC, "cautious/off_target"),
 ]},
 "au-infrastructure-response-next-gen-future": {"prefix": "au-infra", "stmts": [
    R("The Australian Government welcomes the recommendations", "more widely to all Australians.", "the Australian Government", "Australian government", OFF),
 ]},
 "au-ag-telecommunications-security": {"prefix": "au-ag", "stmts": [
    R("Australian businesses, governments and the broader", "carried on these networks and systems.", "Attorney-General's Department", "Australian government", "cautious",
      {"Australian businesses, governments": OFF, "Australian telecommunications systems": "cautious/off_target",
       "For these reasons": "cautious/off_target"}),
 ]},
 "ca-committee-secu-2021-12-14-dane-lloyd": {"prefix": "ca-lloyd", "stmts": [
    S("this decision would be made in the coming weeks", "the Prime Minister", CA, "cautious", "reported", reporter=CAP),
    S("many Canadian telecom companies are pursuing partnerships with Huawei and using Huawei technology", "Dane Lloyd", "Telecom operators", "supportive/off_target", "action", reporter=CAP),
    R("Mr. Chair, I concur with this motion", "As noted in the motion, the Prime Minister promised on September 28 that", "Dane Lloyd", CAP, "opposed/cautious",
      {"We know that many Canadian telecom": "skip", "As noted in the motion": "skip", "It's only fair": "cautious/opposed"}),
 ]},
 "ca-committee-secu-2021-12-14-dancho-motion": {"prefix": "ca-dancho", "stmts": [
    R("I'm going to present a motion.", "the committee requests a government response.", "the committee", CAP, "opposed",
      {"I'm going to present": OFF, "I move": OFF, "calls on the Minister of Public Safety to make a decision": "cautious/opposed",
       "the Prime Minister promised": "skip", "these large Canadian telecoms are seeking": "skip",
       "Canadian consumers already pay": OFF, "The committee recommends": "opposed/cautious"}),
    S("On Tuesday, September 28, 2021, the Prime Minister promised to make a decision “in the coming weeks”.", "the Prime Minister", CA, "cautious", "reported", reporter=CAP),
    S("Now, these large Canadian telecoms are seeking over one billion dollars in compensation from the taxpayer to remove and replace Huawei infrastructure from their networks.", "the committee", "Telecom operators", "cautious", "action", reporter=CAP),
 ]},
 "ca-hansard-2020-11-17-albas-mckay": {"prefix": "ca-albas", "stmts": [
    R("Madam Speaker, I respect the member's views", "national security legislation applied to them.", "Dan Albas", CAP, OFF),
    R("Madam Speaker, my colleague hits on", "This is the way scientific knowledge is advanced.", "John McKay", CAP, OFF),
 ]},
 "ca-hansard-2020-11-17-lamoureux-fast": {"prefix": "ca-fast", "stmts": [
    R("Madam Speaker, I would encourage the member", "What caused them to say 30 days?", "Kevin Lamoureux", CA, OFF),
    R("Madam Speaker, the 30 days is simply", "when they invest in China.", "Ed Fast", CAP, OFF),
 ]},
 "ca-hansard-2020-11-17-bezan": {"prefix": "ca-bezan", "stmts": [
    R("Madam Speaker, it is a pleasure", "because of those shocking revelations.", "James Bezan", CAP, OFF),
 ]},
 "cn-embassy-sweden-2020-10-20-5g-remarks": {"prefix": "cn-se", "stmts": [
    R("For some time, some people in Sweden", "mutual opening between China and Sweden.", "Chinese Embassy Spokesperson", CN, "supportive"),
 ]},
}

# Second batch (2026-12-01, issue 11: more development texts of more kinds and
# a firmer sealed estimate). Split with its own seed in annotate.py; the first
# batch's split above is unchanged.
TYPES.update({
    "New Zealand government": "government", "New Zealand Parliament": "parliament",
    "Australian Parliament": "parliament", "Anastasia Lin": "other",
})
NZ, NZP, AU, AUP = "New Zealand government", "New Zealand Parliament", "Australian government", "Australian Parliament"
LORD = "a member of the House of Lords (not named in the stored text)"

DOCS2 = {
 "pp-2020-01-27-warman-cooper": {"prefix": "pp-cooper", "stmts": [
    R("There are a number of questions there.", "that is what we will do.", "Matt Warman", UK, "cautious!",
      {"There are a number of questions": OFF}),
    R("In addition to legitimate security concerns", "including the Five Eyes alliance?", "Daisy Cooper", UKP, "cautious!",
      {"In addition to legitimate": "cautious/opposed", "Huawei has been implicated": "off_target/opposed"}),
 ]},
 "pp-2020-01-27-warman-stringer": {"prefix": "pp-stringer", "stmts": [
    R("My hon. Friend is right that this country", "around at all times.", "Matt Warman", UK, OFF),
    R("Huawei bought its way into the 2G", "Where is his scepticism?", "Graham Stringer", UKP, OFF,
      {"Huawei bought its way": "opposed/off_target", "Not only will our security": "opposed"}),
    S("Sometimes when things look too good to be true, be they economic or security-related, we should realise that they in fact are too good to be true.",
      "Matt Warman", UK, "cautious/off_target", "statement"),
 ]},
 "pp-2020-01-27-warman-collins": {"prefix": "pp-collins", "stmts": [
    R("I thought for a moment that the hon. Gentleman", "particular concerns around countries such as China.", "Matt Warman", UK, OFF,
      {"He is, of course, absolutely right": "cautious/off_target", "Sometimes, we have to beware": "cautious/off_target"}),
    S("The report last year from the Huawei oversight board to the Cabinet Office cited serious and systemic failings in cyber-security in the current Huawei network; even though those had been highlighted to the company, it had no credible plan to put things right.",
      "Damian Collins", UK, "cautious/opposed", "reported", reporter=UKP),
    R("Does the Minister still share today", "about the work it has already done.", "Damian Collins", UKP, OFF,
      {"why are they prepared to give": "opposed!", "There are still serious concerns": "cautious/opposed"}),
 ]},
 "pp-2020-01-27-warman-djanogly": {"prefix": "pp-djanogly", "stmts": [
    R("I think that some candidates here", "that the hon. Gentleman has raised.", "Matt Warman", UK, OFF,
      {"In this instance we will": "cautious/off_target"}),
    R("If Huawei were to obtain the 5G contract", "if that were necessary?", "Jonathan Djanogly", UKP, "cautious!"),
 ]},
 "pp-2020-03-04-shannon-westminster-hall": {"prefix": "pp-shannon", "stmts": [
    R("Thank you, Mr Paisley.", "I said:", "Jim Shannon", UKP, OFF,
      {"I have had concerns from the outset": "cautious/opposed", "the facts cannot be ignored": "off_target/opposed"}),
 ]},
 "twfy-2020-11-30-mangnall": {"prefix": "twfy-mangnall", "stmts": [
    R("It is a pleasure to be able to speak", "as well as on our own state infrastructure.", "Anthony Mangnall", UKP, OFF,
      {"The result that we have got today": "off_target/opposed", "so badly hacked": "opposed/cautious",
       "That shows that a company supported": "opposed/cautious"}),
 ]},
 "pp-2021-lords-tsb-fox-healy": {"prefix": "pp-fox", "stmts": [
    S("I have received a request to speak after the Minister, from the noble Lord, Lord Fox.", "Baroness Healy of Primrose Hill", UKP, OFF, "statement"),
    S("The Minister was basically saying in her response, “Don’t worry, we’ve got this covered.”", "Lord Fox", UK, OFF, "reported", reporter=UKP),
    S("The Minister portrayed the decision to remove Huawei almost as if it was a success of the process.", "Lord Fox", UK, "opposed/off_target", "reported", reporter=UKP),
    R("I thank the Minister and other speakers", "what is a huge debacle?", "Lord Fox", UKP, OFF,
      {"ripping out 40%": "opposed/cautious", "Will she acknowledge that these billions": "opposed/cautious",
       "Will she further acknowledge": "cautious/off_target"}),
    S("I have received a request to speak after the Minister, so I call the noble Lord, Lord Fox.", "Baroness Healy of Primrose Hill", UKP, OFF, "statement"),
 ]},
 "pp-2020-06-29-lords-morgan-of-cotes": {"prefix": "pp-morgan", "stmts": [
    R("Finally, I note that when the law", "It should make us extremely alarmed.", "the previous speaker (not named in the stored text)", UKP, OFF),
    R("My Lords, I thank your Lordships", "in the few moments that are available to me.", "Baroness Morgan of Cotes", UKP, OFF,
      {"This House and the other House": "cautious!", "I would argue that that review": "cautious/off_target",
       "It is impossible to do that important review": "cautious/off_target"}),
 ]},
 "pp-2021-lords-tsb-northover-grand-committee": {"prefix": "pp-gc", "stmts": [
    R("My Lords, it is a privilege to speak", "the rapidly changing digital landscape that we find ourselves in.", LORD, UKP, OFF,
      {"I support Amendment 18": "cautious!", "These amendments propose": "cautious/off_target",
       "Amendment 18 places a requirement": "cautious/off_target", "Indeed, if not for Back-Bench": "opposed",
       "Amendment 25, building": "cautious/off_target", "Yet we have been slow": "off_target/cautious"}),
 ]},
 "pp-2020-lords-forsyth-adonis-surveillance": {"prefix": "pp-lords-hr", "stmts": [
    R("My Lords, I am speaking to the House virtually", "one of whose directors openly boasted that:", LORD, UKP, OFF,
      {"My Lords, I am speaking": "off_target/opposed"}),
    S("“Together with the Public Security Bureau, Huawei will unlock a new era of smart policing and help build a safer, smarter society.”", "a Huawei director", "Huawei", OFF, "quote"),
    R("It will be “a new era” indeed", "donate organs to high-ranking Chinese officials.", LORD, UKP, OFF),
    S("Giving evidence to the commission on organ harvesting, the Chinese-born actress Anastasia Lin said that such acts force us",
      LORD, "Anastasia Lin", OFF, "reported", reporter=UKP),
    S("“to confront the question of how humans—doctors trained to heal, no less—could possibly do such great evil”.", "Anastasia Lin", "Anastasia Lin", OFF, "quote"),
    S("Her answer was that:", LORD, UKP, OFF, "statement"),
    S("“The aggressors in China were not born to be monsters who take out organs from their people … It’s the system that made them do that. It’s the system that made them so cold-bloodedly able to cut people open and take out their organs and watch them die.”",
      "Anastasia Lin", "Anastasia Lin", OFF, "quote"),
 ]},
 "house-mccaul-2020-07-14-uk-ban": {"prefix": "mccaul-uk", "stmts": [
    S("the United Kingdom’s decision to ban Huawei from their 5G networks", "Congressman Michael McCaul", UK, "opposed", "action", reporter=USC),
    S("“The Chinese Communist Party’s determination to control the future of 5G through their proxy company Huawei poses a significant threat. No country’s data is safe if Huawei or any CCP-linked company has control over it. I’m pleased to see the United Kingdom take the necessary steps today to begin to protect itself from high-risk vendors like Huawei further embedding themselves in their telecommunications infrastructure. I strongly encourage all European and other countries to follow the UK’s lead.”",
      "Michael McCaul", USC, "opposed", "quote"),
 ]},
 "commerce-2019-01-28-ross-doj-remarks": {"prefix": "ross-doj", "stmts": [
    S("Remarks by U.S. Commerce Secretary Wilbur L. Ross at the Department of Justice Announcement on National Security Related Criminal Charges Against Chinese Telecommunications Conglomerate Huawei",
      "Department of Commerce", US, OFF, "headline"),
    R("Good afternoon.", "to protect U.S. national security interests.", "Wilbur Ross", US, OFF,
      {"one of my very first actions was to punish ZTE": "off_target/opposed"}),
 ]},
 "state-2020-clean-network": {"prefix": "clean-net", "stmts": [
    S("We call on all freedom-loving nations and companies to join the Clean Network.", "Michael R. Pompeo", US, "opposed/off_target", "quote"),
    R("The Clean Network program is the Trump", "economics of global markets.", "Department of State", US, OFF,
      {"The Clean Network program is": "off_target/opposed", "The Clean Network addresses": "off_target/opposed"}),
 ]},
 "crec-2019-06-11-senate-huawei-delay": {"prefix": "crec-0611", "positions": {US: "opposed"}, "stmts": [
    S("Madam President, on another matter, Huawei, according to public \nreports, the Acting Director of the Office of Management and Budget, \nRussell Vought, is pushing a 2-year delay--a 2-year delay--in the \nimplementation of key portions of a law intended to protect U.S. \nagencies and government contractors from Chinese telecom technology, \nchiefly Huawei.",
      "the Senator (not named in the stored text)", US, "cautious!", "action", reporter=USC),
    S("This is deeply concerning for two reasons.", "the Senator (not named in the stored text)", USC, OFF, "statement"),
    S("First, from a national \nsecurity standpoint, the FBI, CIA, and other members of the \nintelligence community have testified that the technology from Chinese \ntelecom companies, such as Huawei and ZTE, present a national security \nrisk, potentially allowing China to build backdoors into our networks, \nenabling their cyber theft and cyber espionage for which they are, \nunfortunately, well known.",
      "the FBI, CIA, and other members of the intelligence community", US, "opposed", "reported", reporter=USC),
    S("That is why Congress banned U.S. Government \nagencies and contractors from using this technology--because they are \nour highest valued targets.",
      "the Senator (not named in the stored text)", USC, "opposed", "action"),
    S("We have been encouraging our European \nallies to do the same.", "the Senator (not named in the stored text)", USC, "opposed", "statement"),
    S("Why on Earth, then, is the Acting Director of OMB, Russell Vought, \nasking for a 2-year delay in these rules?", "the Senator (not named in the stored text)", USC, "opposed!", "statement"),
    S("We passed the law more than a \nyear ago.", "the Senator (not named in the stored text)", USC, OFF, "statement"),
    S("President Trump has signed it, and our agencies and \ncontractors have had time to make sure their technology doesn't come \nfrom Huawei.",
      "the Senator (not named in the stored text)", USC, "opposed!", "statement"),
    S("There is simply no reason, in my mind, for such a lengthy delay.", "the Senator (not named in the stored text)", USC, "off_target/opposed", "statement"),
    S("It \nwould only extend a window of opportunity for what is already a dire \nthreat to our national security.", "the Senator (not named in the stored text)", USC, "off_target/opposed", "statement"),
 ]},
 "house-langevin-2012-intel-report": {"prefix": "langevin", "stmts": [
    S("Congressman Jim Langevin (D-RI), a member of the House Permanent Select Intelligence Committee and co-founder of the Congressional Cybersecurity Caucus, made the following statement today regarding the release of a Committee report on threats to U.S. security posed by Chinese telecommunications companies, including Huawei and ZTE.",
      "Office of Congressman Jim Langevin", USC, "off_target/opposed", "statement"),
    R("I want to thank Chairman Rogers", "unless we pass comprehensive cybersecurity legislation.", "Jim Langevin", USC, OFF,
      {"I want to thank Chairman Rogers": "opposed/cautious", "They did not do so": "off_target/opposed",
       "We cannot afford to give out access": "opposed", "I hope everyone will follow": "off_target/opposed",
       "We will not be able to appropriately": "cautious/off_target"}, "quote"),
 ]},
 "ca-hansard-2020-11-17-chong-champagne": {"prefix": "ca-chong", "stmts": [
    R("Mr. Speaker, on the contrary, the very first thing", "for Canadians and for their success.", "Justin Trudeau", CA, OFF),
    R("Mr. Speaker, the government has finally admitted", "to thwart China's operations here in Canada?", "Michael Chong", CAP, OFF),
    R("Mr. Speaker, I thank my hon. colleague", "to respond to that new reality.", "François-Philippe Champagne", CA, OFF),
 ]},
 "ca-senate-2020-06-18-housakos-gold": {"prefix": "ca-sen-gold", "stmts": [
    R("My question is for the government leader.", "by your government?", "Leo Housakos", CAP, OFF),
    S("Senator Gold, yesterday you admitted that your government is still “grappling with a decision” of whether to ban Huawei from being part of our 5G network.",
      "Leo Housakos", CA, "cautious", "reported", reporter=CAP),
    R("Thank you for your question.", "with regard to Huawei in exactly that manner.", "Senator Marc Gold", CA, OFF,
      {"The intelligence agencies, our community": "cautious/off_target", "The government listens carefully": "cautious"}),
    R("Senator Gold, if there’s ever a question", "are calling for answers.", "Leo Housakos", CAP, OFF),
 ]},
 "ca-hansard-2019-05-03-paul-hus": {"prefix": "ca-paul-hus", "stmts": [
    R("Mr. Speaker, at a time when the government", "concerned about China and Huawei have their say?", "the member (not named in the stored text)", CAP, OFF),
 ]},
 "au-aph-pjcis-tssr-review-background": {"prefix": "au-pjcis", "stmts": [
    S("The Parliamentary Joint Committee for Intelligence and Security (the Committee) has examined telecommunications sector security, either in relation to the initial identification of need for reform or proposed legislation, in various inquiries and reports, dating back to the 43rd Parliament.",
      "the Committee", AUP, OFF, "statement"),
    S("In July 2012 the Committee commenced an Inquiry into Potential Reforms of Australia’s National Security Legislation, after a referral from the then Attorney-General, the Hon Nicola Roxon MP.1",
      "the Committee", AUP, OFF, "statement"),
    R("The purpose of that inquiry was to investigate", "broadly covered reforms in relation to three areas:", "the Committee", AUP, OFF),
    S("Reform of the Australian Security Intelligence Organisation Act 1979 and the Intelligence Services Act 2001;", "the Committee", AUP, OFF, "statement"),
    S("Reform of the telecommunications security aspects of the Telecommunications Act 1997; and", "the Committee", AUP, OFF, "statement"),
    S("Access to data and interception of communications under the Telecommunication (Interception and Access) Act 1979.2", "the Committee", AUP, OFF, "statement"),
    S("The report from this inquiry produced 43 recommendations.3 Recommendation 19 of the report stated:", "the Committee", AUP, OFF, "statement"),
    S("The Committee recommends that the Government amend the Telecommunications Act 1997 to create a telecommunications security framework that will provide:",
      "Recommendation 19", AUP, "off_target/cautious", "quote"),
    S("a telecommunications industry-wide obligation to protect infrastructure and the information held on it or passing across it from unauthorised interference;",
      "Recommendation 19", AUP, OFF, "quote"),
    S("a requirement for industry to provide the Government with information to assist in the assessment of national security risks to telecommunications infrastructure; and",
      "Recommendation 19", AUP, "off_target/cautious", "quote"),
 ]},
 "nz-parliament-2012-04-04-curran-key": {"prefix": "nz-key", "stmts": [
    S("“We are comfortable with the current arrangements we have” with regards to Chinese telco Huawei’s involvement in our national broadband infrastructure",
      "John Key", NZ, "supportive/cautious", "reported", reporter=NZP),
    S("“We’ve taken a decision in the national interest” to ban Huawei from even tendering for its broadband network", "Julia Gillard", AU, "opposed", "reported", reporter=NZP),
    S("I meant that we are comfortable with the current arrangements.", "John Key", NZ, "off_target/supportive", "statement"),
    S("“We received good quality advice and we do the best to protect New Zealand businesses and consumers where we think that’s necessary.”",
      "John Key", NZ, "cautious/off_target", "reported", reporter=NZP),
    S("“We took appropriate advice and used that advice to make our decision.”, a decision that was to ban Huawei from tendering",
      "Julia Gillard", AU, "opposed", "reported", reporter=NZP),
    S("Was the advice from the same source?", "Clare Curran", NZP, OFF, "statement"),
    S("As I said to the House yesterday, I am not going to go—as no Prime Minister has—into the practice of commenting on security issues, other than I can say that we have taken into account all issues of network security.",
      "John Key", NZ, "cautious!", "statement"),
    S("I am comfortable that the Government has taken a holistic view on that.", "John Key", NZ, "cautious/off_target", "statement"),
    S("And can I say how touched I am that the member has put in an Official Information Act request for Helen Clark’s advice.", "John Key", NZ, OFF, "statement"),
 ]},
 "eu-europarl-2020-04-27-breton-answer-5g": {"prefix": "ep-breton", "stmts": [
    S("Ensuring Europe’s technological sovereignty and capability to develop 5G standards are part of the strategic objectives of the new Commission, as indicated in the political guidelines of President von der Leyen and the Commission’s Communication of 19 February 2020 on Shaping Europe’s Digital Future.",
      "Mr Breton on behalf of the European Commission", EC, OFF, "statement"),
    S("In this context, following the adoption of the Commission Recommendation of 26 March 2019 on Cybersecurity of 5G networks(1), EU Members States, in close cooperation with the Commission and ENISA, have addressed both technical and non-technical aspects of cyber-security of 5G networks.",
      "Mr Breton on behalf of the European Commission", "EU member states", "cautious/off_target", "action", reporter=EC),
    S("In January 2020, Member States agreed on an EU coordinated risk assessment and a toolbox of mitigating measures(2), which includes strategic, technical, and support measures to address cybersecurity risks related to the rollout of 5G.",
      "Mr Breton on behalf of the European Commission", "EU member states", "cautious!", "action", reporter=EC),
    S("Furthermore, the Commission plans to support the implementation of the toolbox using relevant tools at its disposal, including foreign direct investment screening regulation as well as cybersecurity requirements for public procurement and EU funding programmes(3).",
      "Mr Breton on behalf of the European Commission", EC, "cautious!", "statement"),
 ]},
}

# Third batch (2026-12-01, issue 11): ministry press-conference transcripts,
# Commons urgent-question and statement exchanges, Lords debates and bill
# stages, committee evidence, Australian debates, a State Department briefing
# and European Parliament minutes.
TYPES.update({"European Parliament": "eu_institution"})
EPN = "European Parliament"
MORGAN = "Baroness Morgan of Cotes"
FALK = "Baroness Falkner of Margravine"
MIN19 = "the Secretary of State (not named in the stored text)"
MINS = "the Minister (not named in the stored text)"
DANBY = "Michael Danby"
MOD = "Moderator (Foreign Press Center)"

DOCS3 = {
 "mfa-2019-01-29-geng-shuang-indictment": {"prefix": "mfa-0129i", "stmts": [
    S("the US Department of Justice announced charges against Huawei, some of its affiliates and its Vice Chairman and CFO Meng Wanzhou",
      "US Department of Justice", US, "off_target/opposed", "action"),
    R("China is highly concerned", "interests of Chinese companies.", "Geng Shuang", CN, "supportive!",
      {"China is highly concerned": "off_target/supportive", "The Chinese government has all along": OFF,
       "At the same time, China asks": "supportive/off_target", "Behind such practices": "off_target/supportive",
       "China will also continue": "supportive/off_target"}),
 ]},
 "mfa-2019-05-30-lu-kang": {"prefix": "mfa-0530", "stmts": [
    S("American companies comply to US laws when they cooperate with the government, but that's very different in China",
      "Mike Pompeo", US, OFF, "reported"),
    S("Huawei is an instrument of the Chinese government and they're deeply connected", "Mike Pompeo", US, "opposed!", "reported"),
    S("the US National Defense Authorization Act, passed to ban public procurement of Huawei technologies, was based on quite a bit of evidence",
      "spokesperson of the US Department of State", US, "opposed!", "reported"),
    R("We note the remarks from the US side.", "define the behavior of the US.", "Lu Kang", CN, OFF,
      {"It is the first time": "off_target/supportive", "in order to oppress Huawei": "supportive",
       "First it was ideology": "off_target/supportive", "shying away": "supportive!"}),
    S("the US has warned Hong Kong that it could face penalties if it does business with ships carrying Iranian oil",
      "US government", US, OFF, "reported"),
 ]},
 "cn-consulate-2020-02-15-wang-yi-munich": {"prefix": "cn-laoag", "stmts": [
    S("Wang Yi on Huawei 5G Issue: I Believe That European Countries Will Make Their Own Wise Choices", "Wang Yi", CN,
      "supportive/off_target", "headline"),
    S("On February 15, 2020 local time, State Councilor and Foreign Minister Wang Yi answered questions after giving a speech at the 56th Munich Security Conference in Germany.",
      "Consulate of the PRC in Laoag", CN, OFF, "statement"),
    R("Huawei 5G issue is an old issue.", "make wise choices independently.", "Wang Yi", CN, "supportive/off_target",
      {"Huawei 5G issue is an old issue": OFF, "There is no doubt": "cautious/off_target",
       "all companies should be provided": "supportive/cautious", "This is a fair practice": OFF}, "reported"),
 ]},
 "pp-2020-01-28-lords-morgan-west": {"prefix": "pp-west", "stmts": [
    R("That is because the evidence of the oversight board", "to improve standards.", MORGAN, UK, "cautious",
      {"That is because": "cautious!", "Some of it cannot": OFF}),
    S("The Americans make a lot of complaints about risks to intelligence.", "Lord West of Spithead", US, "off_target/opposed",
      "reported", reporter=UKP),
    R("My Lords, in an ideal world", "bread and butter all their lives?", "Lord West of Spithead", UKP, "supportive/cautious",
      {"I was in the intelligence world": OFF, "This is extraordinary": OFF, "We have to be a bit careful": "supportive/off_target"}),
 ]},
 "pp-2020-01-28-lords-morgan-young": {"prefix": "pp-young", "stmts": [
    R("I can give the assurance to the noble Lord", "reflected in our discussions.", MORGAN, UK, "cautious",
      {"I can give the assurance": "cautious/off_target", "The noble Lord set out": OFF}),
    R("My Lords, I welcome the report", "what led to that conclusion?", "Lord Young of Norwood Green", UKP, OFF,
      {"I welcome the report": "cautious/off_target", "Perhaps at the core": "cautious/off_target"}),
 ]},
 "twfy-2020-05-19-lords-falkner-amendment": {"prefix": "twfy-falkner", "stmts": [
    S("9: Clause 1, page 2, line 14, at end insert—“(f) the operator does not, after 31 December 2022, use vendors defined by the National Cyber Security Centre as high-risk vendors.”Member’s explanatory statementThe amendment would establish a deadline for operators by which existing high risk vendors are not to be used if they are to be able to apply for an order under Part 4A.",
      FALK, UKP, "opposed!", "statement"),
    R("I shall beg noble Lords’ indulgence", "technology becomes more complex.", FALK, UKP, OFF,
      {"My interest in the Bill": "off_target/cautious"}),
 ]},
 "pp-2019-04-25-wright-lamb": {"prefix": "pp-lamb", "stmts": [
    R("Yes, I can give my hon. Friend that assurance.", "as much detail as I can.", MIN19, UK, OFF),
 ]},
 "pp-2019-04-25-wright-gray": {"prefix": "pp-gray", "stmts": [
    R("First, let me repeat what I said", "the whole House would expect.", MIN19, UK, OFF,
      {"A final decision has not been made": "cautious/off_target"}),
 ]},
 "julianlewis-2020-01-27-warman-isc": {"prefix": "jl-isc", "stmts": [
    R("The Minister hinted at a possible way out", "resilient solution.", "Julian Lewis", UKP, OFF,
      {"Surely the Intelligence and Security Committee": "cautious!"}),
    R("I pay tribute to the 2013 Malcolm Rifkind report", "co-operate fully with any such inquiry.", "Matt Warman", UK, OFF,
      {"one of many forums": "off_target/cautious", "welcome and co-operate fully": "cautious/off_target"}),
 ]},
 "au-openaustralia-2020-03-02-hastie": {"prefix": "au-hastie", "stmts": [
    R("We are now in the third month", "uncertain time for our country.", "Andrew Hastie", AUP, OFF),
 ]},
 "au-openaustralia-2018-06-25-danby": {"prefix": "au-danby", "stmts": [
    S("One of their particular whinges was about the 5G network and the concerns about their company Huawei", DANBY, "Huawei",
      "supportive/off_target", "reported", reporter=AUP),
    S("the then communications minister, now Prime Minister, was forced to bar Huawei from bidding for the new core of the Australian telecommunications network, the NBN",
      DANBY, AU, "opposed", "action", reporter=AUP),
    S("the chairman of Huawei Technologies, Admiral Lord, has denied Beijing's influence over the company", DANBY, "Huawei",
      "supportive", "reported", reporter=AUP),
    S("There is no ownership by the Government whatsoever—", "Admiral Lord (chairman of Huawei Technologies in Australia)", "Huawei",
      "supportive", "quote"),
    R("A few days ago 'Big China'", "you don't have to.", DANBY, AUP, OFF,
      {"This directly contradicts": "off_target/opposed", "There's nothing unusual": "cautious/opposed"}),
 ]},
 "state-2020-strayer-fpc-5g-briefing": {"prefix": "state-fpc", "stmts": [
    S("Welcome to the Foreign Press Center’s videoconference briefing with Deputy Assistant Secretary for Cyber and International Communications and Information Policy Robert L. Strayer.",
      MOD, US, OFF, "statement"),
    R("Please keep your microphone muted", "Thank you so much.", MOD, US, OFF),
    R("Great.  Thank you, Katie", "economic security is national security.", "Robert L. Strayer", US, OFF),
 ]},
 "pp-2021-06-29-lords-tsb-alton": {"prefix": "pp-alton", "stmts": [
    R("My Lords, I thank the noble Baroness, Lady Barran", "Lady Morgan of Cotes.", "Lord Alton of Liverpool", UKP, OFF),
 ]},
 "pp-2021-10-19-lords-tsb-fox-report": {"prefix": "pp-fox-rep", "stmts": [
    S("In Committee, the Minister’s predecessor was adamant that additional scrutiny was not desirable.", "Lord Fox", UK, OFF,
      "reported", reporter=UKP),
    S("She said that this was meant for technical people and had to be explained in technical language, which it was not appropriate for Parliament to discuss.",
      "Lord Fox", UK, OFF, "reported", reporter=UKP),
    R("My Lords, Amendment 1 applies", "as usual, he was right.", "Lord Fox", UKP, OFF),
 ]},
 "twfy-2021-06-29-lords-tsb-northover": {"prefix": "twfy-northover", "stmts": [
    R("My Lords, this has been a thoughtful debate", "slave labour in the extermination camps.", "Baroness Northover", UKP, OFF,
      {"The problem identified is the security risk": "cautious/opposed", "balancing the ability": "cautious/off_target",
       "We cannot and must not use technology": "opposed/off_target", "the necessity of not using companies": "opposed/off_target"}),
 ]},
 "hansard-lords-2021-10-26-tsb-third-reading": {"prefix": "hl-tsb3", "stmts": [
    R("My Lords, I thank noble Lords from all sides", "challenging circumstances of recent months.", MINS, UK, OFF,
      {"The scrutiny that has been applied": "off_target/cautious"}),
 ]},
 "pp-2020-11-30-tsb-warman-closing": {"prefix": "pp-warman-tsb", "stmts": [
    R("I thank all Members for a well-informed", "national security interests first.", "Matt Warman", UK, OFF,
      {"raise the security bar across the board": "cautious/off_target", "It will provide us with the capabilities": "cautious/off_target"}),
 ]},
 "pp-2020-11-30-tsb-julian-lewis": {"prefix": "pp-jl-tsb", "stmts": [
    S("“The National Security Council should ensure that there are effective procedures and powers in place…when it comes to investment in the CNI.”",
      "Intelligence and Security Committee (2013 report)", UKP, "cautious!", "quote"),
    S("The Committee was\n“shocked that officials chose not to inform, let alone consult, Ministers on such an issue.”",
      "Intelligence and Security Committee (2013 report)", UKP, OFF, "quote"),
    S("They conceded that\n“with hindsight, we agree that Ministers should have been informed”", "the Government (2013 response)", UK, OFF,
      "quote", reporter=UKP),
    R("It is an absolute pleasure to follow", "bordered on complacency.", "Julian Lewis", UKP, OFF,
      {"It focused on the casual and cavalier way": "cautious/off_target", "We demanded an effective process": "cautious"}),
 ]},
 "ca-committee-cacn-2021-03-10-chong-bruce": {"prefix": "ca-cacn", "stmts": [
    S("The previous minister of public safety indicated in May 2019 that a decision was going to be made before the 2019 election.",
      "Michael Chong", CA, "cautious/off_target", "reported", reporter=CAP),
    S("He then indicated in July of that year that a decision would be made shortly after the 2019 election.",
      "Michael Chong", CA, "cautious/off_target", "reported", reporter=CAP),
    S("the government has continually said it's studying the issue", "Michael Chong", CA, "cautious/off_target", "reported", reporter=CAP),
    R("Okay.", "still studying this?", "Michael Chong", CAP, OFF),
    R("As you can appreciate", "any of these matters.", "Shelly Bruce", CA, OFF),
 ]},
 "eu-europarl-2019-02-13-chinese-tech-debate-minutes": {"prefix": "ep-0213", "stmts": [
    S("Security threats connected with the rising Chinese technological presence in the EU and possible action on the EU level to reduce them (debate)",
      "European Parliament (minutes)", EPN, OFF, "headline"),
    R("Council and Commission statements:", "Vote: next part-session.", "European Parliament (minutes)", EPN, OFF),
 ]},
 "pp-2021-11-08-tsb-rosindell": {"prefix": "pp-rosindell", "stmts": [
    S("The Government have recently taken a great stride towards strengthening our relationship with two of our Five Eyes partners, Australia and the United States, through the AUKUS agreement.",
      "Andrew Rosindell", UK, OFF, "action", reporter=UKP),
    R("I rise to speak in favour of Lords amendment 5", "resilience of our telecommunications network.", "Andrew Rosindell", UKP, OFF,
      {"I believe that Lords amendment 5": "off_target/cautious"}),
 ]},
 "pp-2020-01-27-warman-spellar": {"prefix": "pp-spellar", "stmts": [
    R("My right hon. and learned Friend very much invites me", "yes, and yes.", "Matt Warman", UK, OFF,
      {"any decision will be made after intense engagement": "cautious/off_target"}),
    R("I am puzzled by the accusations of US protectionism", "just to save a few bob?", "John Spellar", UKP, "opposed/off_target",
      {"Why are we putting our security": "opposed!", "I am puzzled": "opposed/cautious"}),
 ]},
 "pp-2020-01-27-warman-green": {"prefix": "pp-green", "stmts": [
    R("The hon. Gentleman is right to refer to that guidance", "during its own deliberations.", MINS, UK, "cautious/off_target"),
    R("I hope, not least in the light of these exchanges today", "its own communications infrastructure?",
      "a member (not named in the stored text)", UKP, OFF, {"I hope, not least": "opposed/cautious"}),
 ]},
 "pp-2020-07-01-raab-gullis-hong-kong": {"prefix": "pp-gullis", "stmts": [
    R("The open investment culture", "weaken our message in Beijing.", "the Foreign Secretary (not named in the stored text)", UK, OFF,
      {"We have seen it with Huawei": "cautious/off_target"}),
    R("I also welcome the Foreign Secretary’s statement", "5G connected growth deal?", "Jonathan Gullis", UKP, OFF,
      {"now is not the time to allow": "opposed"}),
 ]},
 "mfa-2019-12-03-hua-chunying": {"prefix": "mfa-1203", "stmts": [
    S("it's critical that European countries not give control of their critical infrastructure to Chinese tech giants like Huawei, or ZTE",
      "Mike Pompeo", US, "opposed", "quote"),
    S("Huawei \"maintains links to the Chinese People's Liberation Army\", is \"implicated in espionage\" in some countries and has \"allegedly stolen intellectual property\" from countries including Germany, Israel and the United Kingdom",
      "Mike Pompeo", US, "opposed!", "reported"),
    S("China's National Intelligence Law makes clear that the Communist Party of China can force any 5G supplier headquartered in China to turn over data in secret",
      "Mike Pompeo", US, "opposed/cautious", "reported"),
    S("He wrote that Huawei has \"allegedly stolen intellectual property\" from countries including Germany, Israel and the United Kingdom.",
      "Hua Chunying", US, "off_target/opposed", "reported", reporter=CN),
    R("In New Year's Sacrifice", "failed to find any backdoor in Huawei.", "Hua Chunying", CN, "supportive!",
      {"In New Year's Sacrifice": OFF, "Mr. Pompeo is behaving just like her": "off_target/supportive",
       "We have been asking about this": "supportive/off_target", "not a single country": "supportive"}),
 ]},
 "pp-2021-05-25-tsb-duncan-smith": {"prefix": "pp-ids-tsb", "stmts": [
    S("We can recognise the compilation of all those things and that there is a security risk, and yet at the same time in the other place we are told, “Don’t worry. We are still trying to do trade deals.”",
      "Iain Duncan Smith", UKP, OFF, "statement"),
    R("I am getting so used to just doing what I am told", "I still wish that we could do more.", "Iain Duncan Smith", UKP, OFF),
 ]},
 "julianlewis-2020-11-30-tsb-exchanges": {"prefix": "jl-tsb-ex", "stmts": [
    R("Although the Huawei cyber-security evaluation centre", "to get things wrong.", "Iain Duncan Smith", UKP, OFF,
      {"Although the Huawei cyber-security": "cautious/opposed", "Their arguments did not stand up": "off_target/opposed",
       "it should have been a tighter position": "opposed/cautious"}),
    R("In defence of the Huawei cyber-security evaluation centre", "have been highlighted.", "Julian Lewis", UKP, "cautious/opposed"),
    R("I agree completely.", "I thought that was wrong.", "Iain Duncan Smith", UKP, OFF),
    R("Huawei never was and never will be", "the Department to say.", "Bob Seely", UKP, "off_target/opposed",
      {"deeply naive thing": "opposed/cautious"}),
 ]},
}

# Fourth batch (2026-12-01, issue 11, wave 1): a fresh sealed half nobody has
# read or scored, and more development texts: a joint declaration, senators'
# and members' releases and floor speeches, a Congressional Record bill text,
# Canadian question period and debate turns, a Westminster Hall reply, a
# Commons urgent-question page, Commons written answers and the opening of the
# European Parliament's verbatim report of 2019-02-13.
TYPES.update({"Council of the EU": "eu_institution"})
COUNCIL = "Council of the EU"

DOCS4 = {
 "us-wh-2019-09-05-us-poland-5g-declaration": {"prefix": "us-pl", "stmts": [
    R("Taking into account that secure fifth generation", "transparent ownership structure; and",
      "Poland and the United States (joint declaration)", US, OFF,
      {"endorse the Prague Proposals": "cautious/opposed", "evaluation of 5G component and software providers is essential": "cautious!",
       "only trusted and reliable suppliers": "cautious/opposed", "A rigorous evaluation of suppliers": "cautious/off_target",
       "control by a foreign government": "cautious/opposed", "transparent ownership structure": "cautious/opposed"}),
 ]},
 "senate-rubio-2020-07-01-fcc-designation": {"prefix": "rubio20", "stmts": [
    S("the Federal Communications Commission (FCC) action to protect U.S. communications networks from security risks by designating Huawei and ZTE as national security threats",
      "U.S. Senator Marco Rubio", "FCC", "opposed", "action", reporter=USC),
    S("In January, Rubio introduced bipartisan legislation to encourage and support U.S. innovation in the race for 5G by providing over $1 billion to invest in Western-based alternatives to Chinese equipment providers Huawei and ZTE, malign state-directed telecommunications companies that pose a clear and growing threat to the economic and national security of the U.S. and our allies.",
      "Marco Rubio", USC, "opposed", "action"),
    S("“It is beyond dispute that Huawei and ZTE pose a serious national and economic security risk to America, including our 5G and telecommunications networks,”",
      "Marco Rubio", USC, "opposed", "quote"),
    R("“For far too long, we have allowed", "ZTE and their subsidiaries.”", "Marco Rubio", USC, "opposed",
      {"For far too long": "opposed!", "I applaud the FCC": "off_target/opposed"}, "quote"),
 ]},
 "ca-masse-2022-05-20-huawei-ban-question": {"prefix": "ca-masse", "stmts": [
    R("Madam Speaker, the delay of Huawei", "national security and privacy of Canadians?", "Brian Masse", CAP, OFF,
      {"the delay of Huawei compromised": "opposed/cautious", "It took three years to announce a ban": "opposed/off_target",
       "The government wasted precious time": "off_target/opposed"}),
    R("I’d like to thank the member for the question", "for generations to come.", "François-Philippe Champagne", CA, OFF,
      {"our intention in order to exclude equipment and services from Huawei": "opposed"}),
 ]},
 "state-2020-krach-free-world-unite-huawei": {"prefix": "krach20", "positions": {US: "opposed"}, "stmts": [
    S("China simply cannot be trusted to handle the most private information of Western democracies", "Keith Krach", US, "off_target/opposed", "headline"),
    S("The UK’s decision to reconsider the use of Huawei in its 5G networks resulted in a predictable backlash from China with Beijing threatening to punish HSBC and pull investment from major British infrastructure projects.",
      "Keith Krach", CN, "supportive!", "reported", reporter=US),
    S("Foreign Secretary Dominic Raab recently remarked that it wasn’t just the devastation of Covid-19 that took the shine off China, but the fact that the CCP didn’t live up to the agreements that it made.",
      "Dominic Raab", UK, OFF, "reported", reporter=US),
    S("As Mr Raab said: “It comes down to an issue of trust.", "Dominic Raab", UK, OFF, "quote", reporter=US),
    S("Otherwise why would anyone trust them with other deals we might make?”", "Dominic Raab", UK, OFF, "quote", reporter=US),
    R("It appears the Chinese Communist Party", "to the Chinese government upon request.", "Keith Krach", US, OFF,
      {"It appears the Chinese Communist Party": "cautious/opposed", "It’s no wonder": "off_target/cautious",
       "Governments and businesses around the world": "off_target/cautious",
       "Both Huawei and ZTE are required to abide": "cautious/opposed"}),
 ]},
 "ca-hansard-2020-11-17-chong-fipa": {"prefix": "ca-chong8", "stmts": [
    R("Madam Speaker, there has been a lot of misinformation", "regardless of the nationality of its ownership.", "Michael Chong", CAP, OFF,
      {"if Nokia or Ericsson were subject": "opposed/cautious", "Huawei is not being singled out": "cautious/opposed",
       "it too would be subject to the same restrictions": "opposed/cautious",
       "the government should ban Huawei": "opposed!"}),
 ]},
 "ca-hansard-2020-11-17-trudel-easter": {"prefix": "ca-trudel", "stmts": [
    S("Bob Rae, Canada's representative to the United Nations, said that some actions point to genocide against Uighurs.",
      "Bob Rae", CA, OFF, "reported", reporter=CAP),
    R("Madam Speaker, I thank my colleague", "Uighurs in China are victims of genocide?", "Denis Trudel", CAP, OFF),
    R("Madam Speaker, I read closely", "very clear on this issue.", "Wayne Easter", CAP, OFF),
 ]},
 "eu-europarl-2019-02-13-verbatim-ciamba": {"prefix": "ep-cre0213", "stmts": [
    R("Als nächster Punkt der Tagesordnung", "(2019/2575(RSP)).", "Die Präsidentin", EPN, OFF),
    S("As you are aware, the European Council also attaches great importance to security and technology.",
      "George Ciamba", "European Council", OFF, "reported", reporter=COUNCIL),
    S("Last year, both in June and October, it addressed questions of internal security, especially regarding cybersecurity.",
      "George Ciamba", "European Council", OFF, "action", reporter=COUNCIL),
    R("Madam President, thank you for this opportunity", "most negative downside of the internet.", "George Ciamba", COUNCIL, OFF),
 ]},
 "ukparl-2019-07-written-answers-lidington-huawei": {"prefix": "uk-wq0719", "stmts": [
    S("To ask the Minister for the Cabinet Office, what plans he has to celebrate UK independence day on 31 October 2019.", "John Redwood", UKP, OFF, "statement"),
    S("Plans for any ceremonial or official events to mark the formal exit of the UK from the EU will be kept under review by the Cabinet Office and Department for Exiting the European Union.",
      "Mr David Lidington", UK, OFF, "statement"),
    S("To ask the Minister for the Cabinet Office, pursuant to the Answer of 17 July 2019 to Question 276281 on Huawei: 5G, if he will meet with operators to raise cybersecurity CNI standards.",
      "Jo Platt", UKP, OFF, "statement"),
    S("As stated in my answer to Question 276281 of 16 July, regular meetings take place between telecommunications operators and HM Government officials from the National Cyber Security Centre, Cabinet Office and the Department for Digital, Culture, Media and Sport.",
      "Mr David Lidington", UK, "off_target/cautious", "statement"),
 ]},
 "pp-2019-04-25-tugendhat-wright": {"prefix": "pp-tugendhat", "stmts": [
    R("I do not answer for the Australian Government", "will be high on the agenda.", MIN19, UK, OFF,
      {"we may reach differing conclusions": "cautious/off_target"}),
    S("Does my right hon. and learned Friend agree that partners—in fact, our closest intelligence partners—have been very clear in their views on this decision?",
      "Tom Tugendhat", UKP, OFF, "statement"),
    S("Indeed, the Australian Signals Directorate made a very clear statement only a number of months ago in which it said that there was no such division between core and non-core, because the nature of 5G includes the whole gamut of the technology in one, and therefore the distinction possible in 3G and 4G is no longer feasible.",
      "Australian Signals Directorate", AU, "opposed/cautious", "reported", reporter=UKP),
 ]},
 "twfy-2020-03-04-whall-warman": {"prefix": "whall-warman", "stmts": [
    R("As I said, we are introducing the new regime", "national action plan on business and human rights.", "Matt Warman", UK, OFF,
      {"we are introducing the new regime": "cautious!", "We understand the threat from China": "off_target/cautious",
       "the decision to categorise Huawei as a high-risk vendor": "cautious/opposed"}),
 ]},
 "votesmart-2019-07-16-yoho-floor-5g-amendment": {"prefix": "yoho19", "stmts": [
    S("In 2012, the House Permanent Select Committee on Intelligence deemed telecommunication companies, Huawei and ZTE national security threats.",
      "House Permanent Select Committee on Intelligence", USC, "opposed", "action"),
    R("Madam Chairwoman, I stand in support", "I yield back the balance of my time.", "Ted Yoho", USC, OFF,
      {"My proposed amendment includes within the report on 5G technology": "cautious/opposed",
       "This will cover threats from acquisitions": "cautious/off_target",
       "Seven years later": "opposed!", "Should the U.S. continue to let these companies": "opposed",
       "We must continue our maximum pressure campaign": "opposed"}),
 ]},
 "crec-2023-04-17-house-countering-untrusted-telecom": {"prefix": "crec-0417", "stmts": [
    S("Mr. Speaker, I move to suspend the rules and pass the bill \n(H.R. 1149) to establish certain reporting and other requirements \nrelating to telecommunications equipment and services produced or \nprovided by certain entities, and for other purposes, as amended.",
      "Mr. Mast", USC, "off_target/cautious", "statement"),
    S("The Clerk read the title of the bill.", "the Clerk", USC, OFF, "statement"),
    S("The text of the bill is as follows:", "the Clerk", USC, OFF, "statement"),
    S("This Act may be cited as the ``Countering Untrusted \n     Telecommunications Abroad Act''.", "H.R. 1149", USC, OFF, "quote"),
    S("It is the sense of Congress that--", "H.R. 1149", USC, OFF, "quote"),
    S("(1) the national security of the United States is affected \n     by the telecommunications security of United States allies, \n     partners, and other countries around the globe;",
      "H.R. 1149", USC, "off_target/opposed", "quote"),
    S("(2) the importance of mobile and internet services makes \n     such services tempting and effective tools for malign \n     influence and economic coercion;",
      "H.R. 1149", USC, OFF, "quote"),
    S("(3) Huawei Technologies Company and ZTE Corporation (and \n     any subsidiary or affiliate of either such entity) should not \n     serve as a vendor of telecommunications equipment or services \n     given the close ties to, and control over, such entities by \n     the People's Republic of China; and",
      "H.R. 1149", USC, "opposed", "quote"),
    S("(4) it is in the economic and national security interests \n     of the United States to ensure that countries around the \n     globe use trusted telecommunications equipment or services.",
      "H.R. 1149", USC, "cautious/opposed", "quote"),
 ]},
}

# Fifth batch (2026-12-01, issue 11, wave 2 of the fresh batch): Chinese
# Foreign Ministry press conferences (openings on other topics) and an
# embassy's remarks on Canada's ban, Senate of Canada question periods and a
# motion debate, a Commons speech on Bill C-26, a Lords Grand Committee
# amendment, an Australian Senate speech, and US senators' releases.
TYPES.update({"Italian government": "government", "Japanese government": "government",
              "University of British Columbia": "other"})
GOLDG = "the Government Representative in the Senate (not named in the stored text)"
MARTINN = "Yonah Martin (not named in the stored text)"
ALTON = "Lord Alton of Liverpool"

DOCS5 = {
 "mfa-2020-08-11-zhao-lijian": {"prefix": "mfa-0811z", "stmts": [
    S("Italy's health department said talks on WHO reform are still underway, adding however that Italy's position is in line with Paris and Berlin.",
      "Italy's health department", "Italian government", OFF, "reported"),
    R("I suggest you raise this question", "a consensus of the international community.", "Zhao Lijian", CN, OFF),
 ]},
 "mfa-2019-08-02-hua-chunying": {"prefix": "mfa-0802h", "stmts": [
    S("US National Security Adviser Bolton said the US would pull out of the Intermediate-Range Nuclear Forces Treaty (the INF Treaty) on August 2, which will lead to the formal termination of the treaty.",
      "John Bolton", US, OFF, "reported"),
    R("China deeply regrets and firmly opposes", "peace and stability of the region and the world.", "Hua Chunying", CN, OFF),
    S("During a Cabinet meeting this morning, the Japanese side decided to remove the ROK from a \"white list\" of countries subject to simplified trade procedures.",
      "the Japanese side", "Japanese government", OFF, "action"),
 ]},
 "ca-senate-2020-11-18-martin-gold": {"prefix": "sen-1118", "stmts": [
    S("On May 1, 2019, then Public Safety Minister Ralph Goodale said the Trudeau government would make a decision on Huawei’s role in the building of the 5G infrastructure in Canada before the 2019 federal election.",
      "Ralph Goodale", CA, "cautious/off_target", "reported", reporter=CAP),
    S("Just a few months later, on July 30, 2019, he did a flip-flop and said the decision will be made after the 2019 election.",
      "Ralph Goodale", CA, "cautious/off_target", "reported", reporter=CAP),
    R("Honourable senators, I have a question", "participating in the 5G infrastructure in Canada?", "Yonah Martin", CAP, OFF,
      {"when will your government join our allies": "opposed/off_target"}),
    R("Thank you for your question.", "the Middle East and Europe.", "Marc Gold", CA, OFF,
      {"The government continues to examine": "cautious", "It continues to consult": "cautious",
       "we’re consulting our allies": "cautious/off_target"}),
 ]},
 "ca-senate-2021-06-09-martin-gold": {"prefix": "sen-0609", "stmts": [
    S("According to public statements made by former minister Ralph Goodale, the Trudeau government has been conducting a 5G network security review since at least September 2018.",
      "Yonah Martin", CA, "cautious", "action", reporter=CAP),
    S("In May 2019, just over two years ago, the Trudeau government promised that it would make a decision on Huawei’s role in the building of 5G infrastructure in Canada before the 2019 federal election.",
      "Yonah Martin", CA, "cautious/off_target", "reported", reporter=CAP),
    S("Just a few months later in July 2019, the government reversed course and said the decision would be made after the 2019 election.",
      "Yonah Martin", CA, "cautious/off_target", "reported", reporter=CAP),
    S("Leader, Canada remains the only Five Eyes partner not to ban or restrict Huawei.", "Yonah Martin", CA, "cautious/off_target", "action", reporter=CAP),
    R("Honourable senators, my question is also", "before the next federal election?", "Yonah Martin", CAP, OFF),
    R("Thank you for the question.", "make inquiries and report back.", "Marc Gold", CA, OFF),
    R("Leader, could you tell us whether", "ban research partnerships with Huawei?", "Yonah Martin", CAP, OFF),
    R("I will certainly make those inquiries.", "Thank you.", "Marc Gold", CA, OFF),
    S("Thank you.", "Yonah Martin", CAP, OFF, "statement", occ=2),
 ]},
 "ca-senate-2020-12-08-martin-gold": {"prefix": "sen-1208", "stmts": [
    S("In July, the U.K. government announced that British telecom carriers had to stop buying 5G equipment from Huawei at the end of this year and to remove Huawei kit from their infrastructure by 2027.",
      MARTINN, UK, "opposed", "action", reporter=CAP),
    S("Recently, the U.K. government has gone a step further, setting a deadline of September 2021 for carriers to stop any further installation of Huawei equipment and introducing a bill in their House of Commons to enshrine into legislation these directives regarding high-risk vendors.",
      MARTINN, UK, "opposed", "action", reporter=CAP),
    R("Honourable senators, my question for the government leader", "complete its 5G security review in Canada?", MARTINN, CAP, OFF,
      {"regards the security threat posed by Huawei": "opposed/cautious", "Why has your government not shown": "off_target/opposed"}),
    R("Thank you for the question.", "it will be announced.", GOLDG, CA, OFF,
      {"as secure as it can be": "off_target/cautious", "Risks come from many quarters": "cautious/off_target",
       "robust discussion going on within government": "cautious", "When a decision has been reached": "cautious/off_target"}),
    R("Again, we are the last of the Five Eyes allies", "the same goes for this decision.", MARTINN, CAP, OFF),
 ]},
 "ca-senate-2020-11-19-forest-motion": {"prefix": "sen-1119", "stmts": [
    R("Honourable senators, I’ll be very brief.", "others may not be accepted.", "Senator Downe (named only in the turn that follows)", CAP, OFF),
    S("Senator Housakos, do you wish to ask a question?", "the presiding senator (not named in the stored text)", CAP, OFF, "statement"),
    S("Senator Downe, would you take a question?", "the presiding senator (not named in the stored text)", CAP, OFF, "statement"),
    S("Yes.", "Senator Downe (named only in the turn that follows)", CAP, OFF, "statement"),
 ]},
 "pp-2021-07-13-lords-tsb-alton-amendment": {"prefix": "pp-alton0713", "stmts": [
    R("In moving Amendment 1 and speaking", "the Intelligence and Security Committee has called for.", ALTON, UKP, OFF,
      {"This is a clear signal from across the Committee": "cautious/opposed"}),
    S("At Second Reading, the noble Baroness, Lady Morgan of Cotes, said that we should focus on what other nations are doing:",
      "Baroness Morgan of Cotes", UKP, "off_target/cautious", "reported"),
    S("“we have allies around the world and will want to be able to work with other companies and countries around the world to make sure we have that diversity of the supply chain.”",
      "Baroness Morgan of Cotes", UKP, "cautious/off_target", "quote"),
    S("On 30 November 2020, the Secretary of State told the House of Commons:", "the Secretary of State", UK, OFF, "reported", reporter=UKP),
    S("“We must never find ourselves in this position again. Over the last few decades, countless countries across the world have become over-reliant on too few vendors”",
      "the Secretary of State", UK, "cautious/off_target", "quote", reporter=UKP),
    S("During our debate, the noble Lord, Lord Young of Cookham, told us:", "Lord Young of Cookham", UKP, OFF, "reported"),
    S("“Other countries in the free world face the same challenges as the UK”", "Lord Young of Cookham", UKP, OFF, "quote"),
    S("The noble Baroness, Lady Stroud, urged us to work\n“in close partnership with our Five Eyes allies”,\nreminding us that",
      "Baroness Stroud", UKP, "cautious/off_target", "reported"),
 ]},
 "senate-sasse-2020-01-28-uk-huawei-decision": {"prefix": "sasse-uk", "stmts": [
    S("the United Kingdom’s decision to let Huawei build part of its 5G network", "U.S. Senator Ben Sasse", UK, "cautious/supportive", "action", reporter=USC),
    R("\"Here’s the sad truth", "China’s resurgence.\"", "Ben Sasse", USC, "opposed",
      {"Margaret Thatcher never contracted": "off_target/opposed"}, "quote"),
 ]},
 "senate-hawley-2020-03-letter-uk-parliament": {"prefix": "hawley20", "stmts": [
    S("U.S. Senator Josh Hawley (R-Mo.), Ben Sasse (R-Neb.), Chuck Schumer (D-N.Y.), and a bipartisan group of Senators have sent a letter to Members of the House of Commons expressing significant concerns with the United Kingdom’s decision to allow Huawei Technologies to take part in its 5G network infrastructure.",
      "Josh Hawley and colleagues", USC, "opposed/cautious", "action"),
    S("The letter highlights Huawei’s close relationship with the Chinese Communist Party’s intelligence-gathering authorities and steps the United States has taken to ban Huawei from its own network infrastructure.",
      "Josh Hawley and colleagues", USC, "opposed", "action"),
    R("\"Given the significant security", "to secure our 5G systems.\"", "Josh Hawley and colleagues (letter)", USC, OFF,
      {"we strongly urge the United Kingdom to revisit": "opposed/cautious",
       "cannot be compromised for convenience": "off_target/opposed",
       "We therefore ask for commitments": "cautious/off_target"}, "quote"),
    S("Senator Hawley has taken additional steps to address Huawei’s threats to American security, introducing a bill to prevent sensitive academic research projects from using Huawei technologies, demanding answers from Google on their relationship with the company, and joining a bipartisan letter to President Trump requesting he suspend approval of licenses allowing some U.S. companies to do business with Huawei.",
      "Josh Hawley", USC, "opposed", "action"),
 ]},
 "senate-commerce-wicker-2021-08-11-bis-huawei-rule": {"prefix": "wicker21", "stmts": [
    S("WASHINGTON – U.S. Sen. Roger Wicker, R-Miss., ranking member of the Senate Committee on Commerce, Science, and Transportation, today sent a letter to the Bureau of Industry and Security (BIS) inquiring about the implementation of a Final Rule restricting access by Huawei to U.S. technologies.",
      "Roger Wicker", USC, "opposed/off_target", "action"),
    S("This letter is part of Wicker’s ongoing oversight focused on probing compliance with the rule from leading hard disk drive suppliers and its enforcement by the Department of Commerce.",
      "Roger Wicker", USC, "off_target/opposed", "action"),
    S("The BIS plays a critical role in combatting threats to national security posed by Chinese companies and protecting the U.S. technology industry.",
      "Roger Wicker (letter)", USC, "off_target/opposed", "quote"),
    S("To that end, the Department of Commerce issued a Final Rule further restricting access by Huawei to U.S. technologies by adding additional non-U.S. affiliates of Huawei to the Entity List, removing the Temporary General License for Huawei and replacing it with a more limited authorization, and expanding the scope of Foreign Direct Product Rule to tighten Huawei’s ability to procure items that are the direct product of specified U.S. technology or software.",
      "Roger Wicker (letter)", US, "opposed", "action", reporter=USC),
    R("My staff contacted the BIS", "a company under investigation.", "Roger Wicker (letter)", USC, OFF, {}, "quote"),
 ]},
 "senate-cruz-2021-letter-commerce-huawei-shipments": {"prefix": "cruz21", "stmts": [
    S("WASHINGTON, D.C. – U.S. Sens. Ted Cruz (R-Texas), member of the Senate Commerce Committee, Roger Wicker (R-Miss.), Marsha Blackburn (R-Tenn.), Jerry Moran (R-Kan.), Todd Young (R-Ind.), Rick Scott (R-Fla.), Cynthia Lummis (R-Wyo.), and Tom Cotton (R-Ark.) this week sent a letter urging Department of Commerce Secretary Gina Raimondo to act quickly to prevent unlawful shipments of prohibited products to Entity List companies like Huawei.",
      "Ted Cruz and colleagues", USC, "opposed", "action"),
    S("The senators also seek to ensure that the Bureau of Industry and Security (BIS) is equipped to enforce the Department’s export control regulations, specifically the Foreign Direct Product Rule.",
      "Ted Cruz and colleagues", USC, "off_target/opposed", "action"),
    S("In the letter, the senators wrote:", "Ted Cruz and colleagues", USC, OFF, "statement"),
    R("“The Commerce Department’s lax enforcement", "connected to adversarial governments.”", "Ted Cruz and colleagues (letter)", USC, "opposed",
      {"Unless BIS enforces this rule": "opposed/off_target"}, "quote"),
    R("Enforcement of the Commerce Department’s regulations", "restricting Huawei’s access to U.S. technologies.", "Ted Cruz and colleagues (letter)", USC, OFF,
      {"Enforcement of the Commerce Department’s regulations": "off_target/opposed", "This includes enforcement": "opposed!"}, "quote"),
 ]},
 "au-openaustralia-2018-12-06-senate-burston": {"prefix": "au-burston", "stmts": [
    R("I rise to give a brief contribution", "these matters are properly investigated.", "Brian Burston", AUP, OFF),
 ]},
 "ca-hansard-2023-03-23-mazier-c26": {"prefix": "ca-mazier", "stmts": [
    S("It was over two years ago when this House of Commons passed a Conservative motion that called on the Liberal government to ban Huawei from our 5G network.",
      "Dan Mazier", CAP, "opposed", "action"),
    S("Despite this motion passing in the House of Commons and the director of the Canadian Security Intelligence Service warning the government in 2018, it took years to ban Huawei from Canada's 5G network.",
      "Dan Mazier", CA, "opposed!", "action", reporter=CAP),
    S("The response was, “Yes, we do”.", "University of British Columbia", "University of British Columbia", OFF, "reported", reporter=CAP),
    R("Mr. Speaker, I rise today to speak on Bill C-26", "I have a few questions and concerns.", "Dan Mazier", CAP, OFF,
      {"The government has been warned about the risks": "off_target/opposed"}),
 ]},
 "cn-embassy-canada-2022-05-20-ban-remarks": {"prefix": "cn-emb-ca", "stmts": [
    S("On May 19, 2022, the Canadian Government announced to prohibit the inclusion of Huawei and ZTE products and services in Canada’s telecommunications systems under the pretext of the so-called national security, and claimed that this decision was made after the assessment by independent security agencies and consultation with Canada's closest allies.",
      "Spokesperson of the Chinese Embassy in Canada", CA, "opposed", "action", reporter=CN),
    S("The Canadian side claimed it had consulted with its allies over the decision.", "Spokesperson of the Chinese Embassy in Canada", CA, OFF, "reported", reporter=CN),
    R("The Chinese side expresses its grave concerns", "interests of Chinese enterprises.", "Spokesperson of the Chinese Embassy in Canada", CN, "supportive",
      {"The Chinese side expresses": "off_target/supportive", "The Chinese government always requires": OFF,
       "Without any solid evidence": "supportive!", "China will evaluate this development": "supportive!"}),
 ]},
}

# Sixth batch (2026-12-02, issue 11): a fresh sealed half after every sealed
# text of the five earlier batches had been looked at in detail, from sites and
# countries the earlier batches did not use: Irish Oireachtas committee
# evidence (KildareStreet), a Japanese Foreign Ministry press conference and US
# Embassy Tokyo press summaries, a Dutch government release, Philippine Senate
# hearing excerpts and releases, a Malaysian Prime Minister's speech, Chinese
# embassy and Foreign Ministry answers, Commons and Lords exchanges, an
# Australian adjournment speech, US Congressional Record bill texts, senators'
# and committees' releases, a presidential signing statement, a Pentagon press
# roundtable, US embassy pages, a Canadian departmental meeting summary and an
# MEP's written question.
TYPES.update({"Irish Parliament": "parliament", "Dutch government": "government",
              "Philippine Congress": "parliament", "Globe Telecom": "operator",
              "Malaysian government": "government", "Polish government": "government",
              "US industry coalition": "other", "Philippine government": "government"})
IEP, NL, PHC, MY = "Irish Parliament", "Dutch government", "Philippine Congress", "Malaysian government"
JP = "Japanese government"
JMH = "U.S. Embassy Tokyo (Japan Media Highlights summary)"
CHAIR6 = "the Chair (not named in the stored text)"
MOVER6 = "the mover (not named in the stored text)"
MORGAN6 = "the Minister (Baroness Morgan of Cotes, not named in the stored text)"
CAMPBELL6 = "Lord Campbell of Pittenweem (named by the website, not in the stored text)"
CNPL = "Spokesperson of the Chinese Embassy in Poland"

DOCS6 = {
 "ie-kildarestreet-2022-10-26-mcnamara-hrv": {"prefix": "b6-ie-mcnamara", "stmts": [
    R("-----for example, but I am very cognisant", "They might want to volunteer that information, however.", "Michael McNamara", IEP, OFF),
 ]},
 "hansard-2020-11-24-whall-5g-after-huawei": {"prefix": "b6-hc-wh1124", "stmts": [
    R("I remind Members that there have been some changes", "impinge on our concern this afternoon.", CHAIR6, UKP, OFF),
    R("I beg to move,", "levelling-up agenda across the UK.", MOVER6, UKP, OFF),
 ]},
 "twfy-2019-07-22-wright-supply-chain-review": {"prefix": "b6-twfy-wright", "stmts": [
    R("The hon. Gentleman has asked a number of questions", "it is inevitable that that will be the case.", "Jeremy Wright", UK, OFF,
      {"a balance to be struck between welcoming inward investment": "off_target/cautious",
       "ZTE should not have engagement": "opposed",
       "I have explained the reasons for it in relation to Huawei": "cautious/off_target",
       "were I to give a partial decision today": "off_target/cautious"}),
 ], "positions": {UK: "opposed"}},
 "twfy-2019-07-22-watson-supply-chain-review": {"prefix": "b6-twfy-watson", "stmts": [
    S("In January this year, the Secretary of State said that the telecoms supply chain review was",
      "the Secretary of State (Jeremy Wright)", UK, OFF, "reported", reporter=UKP),
    S("“not a Huawei specific exercise”.", "the Secretary of State (Jeremy Wright)", UK, "cautious/off_target", "quote", reporter=UKP),
    R("Good afternoon, Mr Speaker.", "notice of today’s announcement.", "Tom Watson", UKP, OFF),
    R("I am afraid that the report published today", "a flurry of delays, leaks and rumours.", "Tom Watson", UKP, OFF),
 ]},
 "jp-mofa-2018-12-07-kono-press-conference": {"prefix": "b6-jp-kono", "stmts": [
    R("On December 6 (December 5 New York time)", "the Treaty on the Prohibition of Nuclear Weapons.", "Taro Kono", JP, OFF),
    S("the Government of Japan is solidifying a policy to exclude products from Huawei and ZTE from the telecommunications equipment used at ministries and agencies",
      "reports cited by NHK (Okuzumi)", JP, "opposed/cautious", "action"),
 ]},
 "ca-dnd-2021-03-11-cacn-meeting-summary": {"prefix": "b6-ca-dnd", "stmts": [
    R("Yesterday evening from 6:30 p.m.", "National Defence was not raised during the meeting.",
      "Department of National Defence (meeting summary)", CA, OFF),
 ]},
 "nl-government-2019-07-01-5g-first-step": {"prefix": "b6-nl-gov", "stmts": [
    S("Government takes first step towards protecting telecom networks and 5G", "Government of the Netherlands", NL, "off_target/cautious", "headline"),
    R("Good, fast and secure internet is essential", "the development of international norms and standards.", "Government of the Netherlands", NL, OFF,
      {"there is a permanent threat of espionage and sabotage": "off_target/cautious",
       "these concerns have been expressed more specifically": "off_target/cautious",
       "their proposed approach to ensuring the security": "off_target/cautious",
       "telecom providers will be required to take additional security measures": "cautious",
       "impose stricter requirements than normal on suppliers": "cautious",
       "diminish the vulnerability for abuse": "cautious/off_target",
       "laid down in an order in council": "cautious/off_target",
       "European cooperation is also essential": "cautious/off_target",
       "the government supports a joint European approach": "cautious",
       "This could include international legislation": "cautious/off_target"}),
 ]},
 "ph-senate-2020-09-23-recto-globe-hearing": {"prefix": "b6-ph-recto", "stmts": [
    R("Sen. Ralph Recto: Thank you for the recognition", "Chinese equipment?", "Ralph Recto", PHC, OFF),
    S("Atty. Froilan Castelo: Good morning, Senator Recto.", "Froilan Castelo (Globe Telecom)", "Globe Telecom", OFF, "statement"),
    S("About 80% of our equipment are Huawei.", "Froilan Castelo (Globe Telecom)", "Globe Telecom", OFF, "statement"),
    S("Recto: How many percent?", "Ralph Recto", PHC, OFF, "statement"),
    R("Castelo: About 80%, your honor.", "They are Ericsson and Nokia, your honor.", "Froilan Castelo (Globe Telecom)", "Globe Telecom", OFF),
    R("Recto: [Streaming interrupted]", "with regards to telecommunications equipment.", "Ralph Recto", PHC, OFF),
    S("Castelo: Yes we are, your honor.", "Froilan Castelo (Globe Telecom)", "Globe Telecom", OFF, "statement"),
    R("Recto: And isn't it that today", "The issues are ramping up.", "Ralph Recto", PHC, OFF),
    S("Castelo: That is correct, your honor.", "Froilan Castelo (Globe Telecom)", "Globe Telecom", OFF, "statement"),
    R("Recto: Have you discussed among the board", "so on and so forth?", "Ralph Recto", PHC, OFF),
    R("Castelo: Yes your honor, because of these developments", "an alternate network which we call that to provide for this.",
      "Froilan Castelo (Globe Telecom)", "Globe Telecom", OFF,
      {"a strategy for another network which is based on non-Chinese telco equipment providers": "opposed/cautious"}),
 ]},
 "us-defense-2020-02-15-esper-munich-roundtable": {"prefix": "b6-us-esper", "stmts": [
    S("SECRETARY OF DEFENSE DR. MARK T. ESPER:  Good afternoon.", "Mark Esper", US, OFF, "statement"),
    R("I'll just give a minute of intro", "give you guys time to ask questions, so.", "Mark Esper", US, OFF),
    S("STAFF:  Bob?", "Department of Defense staff", US, OFF, "statement"),
 ]},
 "us-embassy-lu-2020-02-19-munich-pompeo-esper": {"prefix": "b6-us-emb-lu", "stmts": [
    R("From February 14-16, 2020, Secretary of State", "major issues facing the West.", "U.S. Embassy in Luxembourg", US, OFF),
    S("Among other issues, they highlighted the risks of 5G technology to if placed in the wrong hands.",
      "U.S. Embassy in Luxembourg", US, "cautious/opposed", "action"),
    S("Secretary Pompeo warned of Chinese 5G provider Huawei stating that “Huawei and other Chinese state-backed tech companies are Trojan horses for Chinese intelligence.”",
      "Mike Pompeo", US, "opposed", "reported"),
    S("Secretary Esper echoed the sentiment stating that “regrettably, rather than change course, [Chinese] Party leadership continues its rampant technology theft, while resolving to eventually end its reliance on foreign innovation altogether, independently develop its own systems, and then dominate critical sectors and markets.  Huawei and 5G are today’s poster child for this nefarious activity.”",
      "Mark Esper", US, "opposed!", "reported"),
    S("Please see below for the transcripts of their poignant remarks and links to watch the speeches.", "U.S. Embassy in Luxembourg", US, OFF, "statement"),
    R("SECRETARY POMPEO: Well, good morning, everyone.", "It’s great to be with you all.", "Mike Pompeo", US, OFF),
 ]},
 "house-gallagher-2022-12-14-networks-act": {"prefix": "b6-gallagher", "stmts": [
    S("Gallagher, Colleagues Introduce Bipartisan Bill to Freeze Huawei from U.S. Financial System", "Mike Gallagher and colleagues", USC, "opposed", "headline"),
    S("WASHINGTON, D.C.-- Rep. Mike Gallagher (R-WI), alongside Reps. Ruben Gallego (D-AZ), Michael Waltz (R-FL), and Chrissy Houlahan (D-PA), today introduced the Neutralizing Emerging Threats from Wireless OEMs Receiving direction from Kleptocracies and Surveillance states (NETWORKS) Act, legislation that would add foreign companies producing 5G technology, like Huawei, to the U.S. Treasury Department's Specially Designated Nationals (SDN) List should they engage in economic or industrial espionage or sanctions violations.",
      "Mike Gallagher and colleagues", USC, "opposed", "action"),
    R("Placing a company on the SDN List", "also introduced companion legislation in the U.S. Senate.", "Mike Gallagher and colleagues", USC, OFF,
      {"also introduced companion legislation": "off_target/opposed"}, "action"),
 ]},
 "ph-senate-2019-09-17-hontiveros-dito-bases": {"prefix": "b6-ph-hontiveros", "stmts": [
    S("Akbayan Senator Risa Hontiveros has filed a resolution calling on the Senate to probe the national security implications of an alleged agreement allowing Dito Telecommunity Corp., a Chinese telecommunications firm formerly known as Mislatel Consortium, to set up equipment and facilities within military bases in the country.",
      "Risa Hontiveros", PHC, "cautious/opposed", "action"),
    S("The Senator filed Senate Resolution No. 137 after Department of National Defense (DND) Secretary Delfin Lorenzana said that he was unaware of the alleged agreement between the Armed Forces of the Philippines (AFP) and Mislatel, a joint venture between President Rodrigo Duterte's friend, businessman Dennis Uy, with state-run China Telecom.",
      "Risa Hontiveros", PHC, OFF, "action"),
    S("Hontiveros said that this is the second time that Lorenzana was \"left in the dark\" and \"clueless\" about Chinese deals with serious national security implications.",
      "Risa Hontiveros", PHC, "off_target/cautious", "reported"),
    S("Last month, the defense secretary said that he was not consulted regarding the security issues surrounding the plan to allow Chinese firms to develop three Philippine islands, which he said are strategic maritime fronts that play a significant role in Philippine military history.",
      "Delfin Lorenzana", "Philippine government", OFF, "reported", reporter=PHC),
    R("\"Is there now a 'sign first", "Hontiveros added.", "Risa Hontiveros", PHC, OFF,
      {"Sa isang panahon": "off_target/cautious"}, "quote"),
 ]},
 "uk-mingcampbell-2020-01-28-lords-statement": {"prefix": "b6-uk-campbell20", "stmts": [
    R("My Lords, I thank the noble Baroness for the Statement", "the safety and the interests of this country.", CAMPBELL6, UKP, OFF,
      {"the security implications of Huawei’s involvement": "off_target/cautious",
       "I do not share the enthusiasm of the noble Baroness for the compromises": "off_target/opposed",
       "Any question of us being at odds with the US": "off_target/opposed",
       "very strong expressions against our involvement": "off_target/opposed"}),
 ]},
 "senate-blackburn-2019-05-14-5g-hearing": {"prefix": "b6-blackburn", "stmts": [
    S("Senator Blackburn on 5G, National Security Concerns", "Marsha Blackburn", USC, "off_target/cautious", "headline"),
    S("WASHINGTON, D.C. – Senator Marsha Blackburn (R-Tenn.) spoke at the Judiciary Committee hearing on 5G: National Security Concerns, Intellectual Property Issues, and the Impact on Competition and Innovation.",
      "Marsha Blackburn", USC, OFF, "action"),
    S("“Probably with our allies, the most significant long-term cost is that if they go with Huawei equipment they are giving the Chinese control of their information distribution system and an insight into everything they are going to do.",
      "Marsha Blackburn", USC, "opposed", "quote"),
    S("That’s going to be a very expensive cost for them.”", "Marsha Blackburn", USC, "off_target/opposed", "quote"),
 ]},
 "senate-bennet-2020-01-5g-alternatives-listing": {"prefix": "b6-bennet", "stmts": [
    R("Following the release of a report from the Government Accountability Office", "issued the following statement.", "Michael Bennet", USC, OFF, {}, "action"),
    S("Bennet, Intelligence Committee Colleagues Introduce Bipartisan Legislation to Develop 5G Alternatives to Huawei", "Michael Bennet and colleagues", USC, "opposed/cautious", "headline"),
    S("Bill Would Leverage U.S. Strengths, Reassert American Leadership, and Encourage Competitors to Huawei", "Michael Bennet and colleagues", USC, "opposed/cautious", "headline"),
    S("Today, Colorado U.S. Senator Michael Bennet, a member of the Senate Select Committee on Intelligence, joined U.S. Senator Mark Warner (D-Va.), Vice Chairman of the committee, and a bipartisan group of leading national security senators, in introducing legislation to encourage and support U.S. innovation in the race for 5G, providing over $1 billion to invest in alternatives to Chinese equipment providers Huawei and ZTE.",
      "Michael Bennet and colleagues", USC, "opposed", "action"),
 ]},
 "mfa-2022-11-25-mao-ning": {"prefix": "b6-mfa-1125m", "stmts": [
    S("The letter read that the 2023 NDAA’s amendment banning government agencies from doing business with Chinese semiconductor manufacturers is not clearly defined in law or regulations, and will present huge burdens to contractors and the government.",
      "an American industry coalition (letter)", "US industry coalition", OFF, "reported"),
    R("Mao Ning: The National Defense Authorization Act", "security and stability of global industrial and supply chains.", "Mao Ning", CN, OFF,
      {"stop blocking and hobbling Chinese companies": "off_target/supportive"}),
    S("Mao Ning: I have nothing to share at the moment.", "Mao Ning", CN, OFF, "statement"),
 ]},
 "mfa-2023-09-20-mao-ning": {"prefix": "b6-mfa-0920m", "stmts": [
    R("Mao Ning: China’s Ministry of Commerce has responded", "market environment for businesses of all countries.", "Mao Ning", CN, OFF),
    R("Mao Ning: The 20-year journey", "regional cooperation in the Asia-Pacific.", "Mao Ning", CN, OFF),
 ]},
 "us-embassy-uk-2019-02-21-pompeo-bartiromo": {"prefix": "b6-us-emb-uk", "stmts": [
    R("So we have spent time not just at this ministerial", "The risk to privacy from this technology is very, very real.", "Mike Pompeo", US, OFF,
      {"countries understand the risk of putting this Huawei technology": "opposed",
       "with the express work alongside the Chinese PLA": "opposed!",
       "They are creating a real risk": "off_target/opposed",
       "The risk to privacy from this technology": "off_target/opposed"}, "quote"),
    S("SECRETARY POMPEO: Maria, it’s great to be with you.", "Mike Pompeo", US, OFF, "statement"),
    R("SECRETARY POMPEO: Yeah, so progress made last week", "making sure that the American people get that.", "Mike Pompeo", US, OFF),
 ]},
 "pp-2019-04-25-lords-ashton-campbell": {"prefix": "b6-pp-ashton", "stmts": [
    R("My Lords, I completely agree with the noble Lord that any leak", "it does not come from a particular supplier of hardware.", "Lord Ashton of Hyde", UK, OFF,
      {"As far as Huawei in particular is concerned": "off_target/cautious",
       "We must mitigate the risks where we can.": "cautious/off_target",
       "We have an extensive oversight programme for Huawei": "cautious!",
       "the risks come from not just the hardware but the software": "cautious/off_target",
       "it does not come from a particular supplier of hardware": "cautious/off_target"}),
    R("My Lords, I commend to the Minister the report", "give a similar contract to BT?", "Lord Campbell of Pittenweem", UKP, OFF,
      {"considerable reservations about the role of Huawei": "cautious/opposed",
       "to be at odds on Huawei’s role": "opposed/cautious",
       "suppose the roles were reversed": "off_target/opposed"}),
 ], "positions": {UKP: "opposed"}},
 "au-openaustralia-2022-02-17-khalil": {"prefix": "b6-au-khalil", "stmts": [
    S("It was Labor in government who banned Chinese state-owned company Huawei on national security grounds in 2012.",
      "Peter Khalil", AU, "opposed", "action", reporter=AUP),
    R("I have dedicated my entire career", "was paid to ex-Liberal minister Santo Santoro.", "Peter Khalil", AUP, OFF),
 ]},
 "crec-2022-09-19-house-securing-global-telecom": {"prefix": "b6-crec-0919", "stmts": [
    S("Mr. MALINOWSKI. Mr. Speaker, I move to suspend the rules and pass the \nbill (H.R. 8503) to require the development of a strategy to promote \nthe use of secure telecommunications infrastructure worldwide, and for \nother purposes, as amended.",
      "Mr. Malinowski", USC, "off_target/cautious", "statement"),
    S("The Clerk read the title of the bill.", "the Clerk", USC, OFF, "statement"),
    S("The text of the bill is as follows:", "the Clerk", USC, OFF, "statement"),
    S("This Act may be cited as the ``Securing Global \n     Telecommunications Act''.", "H.R. 8503", USC, OFF, "quote"),
    S("It is the sense of Congress as follows:", "H.R. 8503", USC, OFF, "quote"),
    S("(1) The United States Government should promote and take \n     steps to ensure American leadership in strategic technology \n     industries, including telecommunications infrastructure and \n     other information and communications technologies.",
      "H.R. 8503", USC, OFF, "quote"),
    S("(2) The expansive presence of companies linked to the \n     Chinese Communist Party, such as Huawei, in global mobile \n     networks and the national security implications thereof, such \n     as the ability of the People's Republic of China to \n     exfiltrate the information flowing through those networks and \n     shut off countries' internet access, demonstrates the \n     importance of the United States remaining at the \n     technological frontier and the dire consequences of falling \n     behind.",
      "H.R. 8503", USC, "cautious/opposed", "quote"),
 ]},
 "crec-2019-12-16-house-secure-trusted-networks": {"prefix": "b6-crec-1216", "stmts": [
    S("Mr. MICHAEL F. DOYLE of Pennsylvania. Mr. Speaker, I move to suspend \nthe rules and pass the bill (H.R. 4998), to prohibit certain Federal \nloans, grants, and subsidies from being used to purchase communications \nequipment or services posing national security risks, to provide for \nthe establishment of a reimbursement program for the replacement of \ncommunications equipment or services posing such risks, and for other \npurposes, as amended.",
      "Mr. Michael F. Doyle", USC, "opposed/cautious", "statement"),
    S("The Clerk read the title of the bill.", "the Clerk", USC, OFF, "statement"),
    S("The text of the bill is as follows:", "the Clerk", USC, OFF, "statement"),
    S("This Act may be cited as the ``Secure and Trusted \n     Communications Networks Act of 2019''.", "H.R. 4998", USC, OFF, "quote"),
    S("(a) Publication of Covered Communications Equipment or \n     Services List.--Not later than 1 year after the date of the \n     enactment of this Act, the Commission shall publish on its \n     website a list of covered communications equipment or \n     services.",
      "H.R. 4998", USC, "off_target/opposed", "quote"),
    S("(b) Publication by Commission.--The Commission shall place \n     on the list published under subsection (a) any communications \n     equipment or service, if and only if such equipment or \n     service--",
      "H.R. 4998", USC, OFF, "quote"),
    S("(1) is produced or provided by any entity, if, based \n     exclusively on the determinations described in paragraphs (1) \n     through (4) of subsection (c), such equipment or service \n     produced or provided by such entity poses an unacceptable \n     risk to the national security of the United States or the \n     security and safety of United States persons; and",
      "H.R. 4998", USC, "cautious/opposed", "quote"),
 ], "positions": {USC: "opposed"}},
 "pp-2020-01-28-lords-morgan-reid": {"prefix": "b6-pp-reid", "stmts": [
    R("I thank the noble Lord. His latter point", "at the United Nations in New York.", MORGAN6, UK, OFF,
      {"there are already costs incurred of monitoring the use of Huawei technology": "cautious/off_target"}),
 ]},
 "house-armedservices-2020-01-28-smith-thornberry-uk": {"prefix": "b6-hasc", "stmts": [
    S("the U.K.’s decision to allow Huawei to help build its 5G network", "Adam Smith and Mac Thornberry", UK, "cautious/supportive", "action", reporter=USC),
    R("“The U.K.’s decision to allow Huawei a role", "share information with our closest ally.\"", "Adam Smith and Mac Thornberry", USC, "opposed",
      {"The U.K.’s decision to allow Huawei a role": "opposed!",
       "in 5G there is no sure way to isolate the core network": "opposed!",
       "This decision will inevitably complicate": "off_target/opposed"}, "quote"),
 ]},
 "senate-foreign-risch-2020-07-14-uk-ban": {"prefix": "b6-risch", "stmts": [
    S("Chairman Risch: UK Decision to Ban Huawei is Right One", "Jim Risch", USC, "opposed", "headline"),
    S("the United Kingdom announced it would ban new Huawei purchases by the end of this year and remove all existing Huawei equipment from its telecommunications networks by 2027",
      "Jim Risch", UK, "opposed", "action", reporter=USC),
    R("“I am relieved to hear that the United Kingdom", "in a clear-eyed, unified manner.”", "Jim Risch", USC, "opposed",
      {"I know this has not been an easy decision": "off_target/opposed",
       "As China continues to make clear": "off_target/opposed"}, "quote"),
 ]},
 "us-embassy-jp-2018-12-10-jmh-procurement-rules": {"prefix": "b6-jmh-1210", "stmts": [
    S("Gov’t effectively excludes Huawei, ZTE from telecom equipment procurement", JMH, JP, "opposed", "headline", reporter=US),
    S("NHK reported that at a meeting of information security officers of government ministries at the Kantei today, it was agreed that the internal rules for telecom equipment procurement will be revised to include “security risks” as a factor to be considered when making procurement decisions.",
      "NHK (as summarised by the U.S. Embassy)", JP, "cautious/opposed", "action", reporter=US),
    S("Ministries will also check the security risks posed by equipment already purchased so far.",
      "NHK (as summarised by the U.S. Embassy)", JP, "cautious", "action", reporter=US),
    S("While this review is reportedly not targeting any particular company, NHK said a government source predicted that this will “effectively exclude Huawei and ZTE” amid intense conflict between the U.S. and China over the recent detention of Huawei’s CFO in Canada at the U.S.’s request.",
      "a government source (cited by NHK)", JP, "opposed/cautious", "reported", reporter=US),
    S("Asahi ran a similar story online, highlighting a statement posted by the Chinese Embassy in Tokyo on its website expressing “tremendous opposition” to the GOJ’s plan, which it claimed appears to be intended to “discriminate against certain companies of a certain country.”",
      "the Chinese Embassy in Tokyo (cited by Asahi)", CN, "supportive", "reported", reporter=US),
    S("Chief Cabinet Secretary Suga reportedly acknowledged this morning that the GOJ has briefed the Chinese side on its plan to change the rules for telecom procurement.",
      "Yoshihide Suga", JP, "off_target/cautious", "reported", reporter=US),
    S("The government spokesman said: “We’ve explained the importance of cybersecurity and that the change will be made in a manner compatible with international rules.”",
      "Yoshihide Suga", JP, "cautious/off_target", "quote", reporter=US),
 ], "positions": {JP: "opposed"}},
 "us-embassy-jp-2018-12-08-jmh-press-summary": {"prefix": "b6-jmh-1208", "stmts": [
    S("Japan to exclude Huawei, ZTE from government procurement", JMH, JP, "opposed", "headline", reporter=US),
    S("Saturday morning’s Asahi wrote that it has learned from several GOJ sources that the GOJ is planning to develop new guidelines for procurement of telecommunications equipment as part of its measures to prevent cyberattacks and information leaks.",
      "Asahi (as summarised by the U.S. Embassy)", JP, "cautious", "reported", reporter=US),
    S("The paper speculated that the GOJ is planning to exclude products manufactured by Chinese telecommunications equipment giants Huawei Technologies and ZTE from government procurement.",
      "Asahi (as summarised by the U.S. Embassy)", JP, "opposed/cautious", "reported", reporter=US),
    S("the Trump administration has asked Japan and other allies not to use Huawei products because of national security concerns",
      "Asahi (as summarised by the U.S. Embassy)", US, "opposed", "action"),
    S("The paper added that the GOJ will approve the decision to develop the new guidelines at a meeting of its cybersecurity taskforce to be held as early as Monday with the goal of implementing them starting in fiscal 2019.",
      "Asahi (as summarised by the U.S. Embassy)", JP, "off_target/cautious", "reported", reporter=US),
    S("Saturday morning’s Mainichi and Sankei ran similar stories claiming that the GOJ has decided not to procure products manufactured by Huawei and other Chinese telecommunications equipment companies for use by central government agencies and the SDF.",
      "Mainichi and Sankei (as summarised by the U.S. Embassy)", JP, "opposed!", "reported", reporter=US),
    S("Sankei quoted Chief Cabinet Secretary Suga as telling reporters on Friday that the government will continue to make efforts to maintain cybersecurity from various perspectives.",
      "Yoshihide Suga", JP, "off_target/cautious", "reported", reporter=US),
    S("Saturday morning’s Yomiuri wrote that a spokesperson for the Defense Ministry told a regular press briefing on Friday that it has been confirmed that neither the ministry nor the SDF is currently using Huawei or ZTE products.",
      "a Defense Ministry spokesperson (cited by Yomiuri)", JP, OFF, "reported", reporter=US),
 ], "positions": {JP: "opposed"}},
 "us-wh-2020-03-23-secure-5g-beyond-signing": {"prefix": "b6-us-sign", "stmts": [
    S("Today, I have signed into law S. 893, the \"Secure 5G and Beyond Act of 2020\" (the \"Act\").", "Donald Trump", US, "off_target/cautious", "statement"),
    R("The Act requires the President to develop", "ensure proper implementation of the entire strategy.", "Donald Trump", US, OFF,
      {"The Act requires the President to develop and implement a strategy": "off_target/cautious",
       "The strategy will protect the American people": "off_target/cautious"}),
 ]},
 "my-pmo-2023-09-27-anwar-ict-summit": {"prefix": "b6-my-anwar", "stmts": [
    S("- Bagi pihak Kerajaan tentunya kita memulakan dengan menyatakan kesyukuran kepada Allah Subhanahu Wataala dan juga penghargaan kepada HUAWEI dan GSMA kerana dapat menyelenggarakan ICT Summit yang sangat bermakna.",
      "Anwar Ibrahim", MY, OFF, "statement"),
    R("- The Malaysian government have taken a very bold decision", "we made the decision to allow for a dual network.", "Anwar Ibrahim", MY, OFF,
      {"The Malaysian government have taken a very bold decision": "off_target/supportive",
       "to allow for a fair competition": "cautious/supportive",
       "the conventional view in some parts of the world is the concerns about security": "off_target/cautious",
       "we all should benefit the best from the east": "supportive/cautious",
       "we made the decision to allow for a dual network": "off_target/supportive"}),
 ], "positions": {MY: "supportive"}},
 "cn-embassy-poland-2019-09-03-5g-declaration-remarks": {"prefix": "b6-cn-emb-pl", "stmts": [
    S("the Polish side has repeatedly stressed that the statement is not targeted at any particular country or specific company",
      CNPL, "Polish government", "cautious/off_target", "reported", reporter=CN),
    R("A: Yesterday, Poland and the US signed", "is pathological and very disgraceful.", CNPL, CN, "supportive/off_target",
      {"A: Yesterday, Poland and the US signed": OFF,
       "went out of their way to drag China and Huawei into this matter": "supportive!",
       "abuse state power to strangle a private company": "supportive!"}),
 ]},
 "eu-schaake-written-question-us-huawei-briefings": {"prefix": "b6-eu-schaake", "stmts": [
    S("According to US media, the US government has briefed at least two EU Member States to persuade wireless and internet providers in these countries to avoid telecommunications equipment from China's Huawei Technologies Co.",
      "US media (cited by Marietje Schaake)", US, "opposed", "action", reporter=EPN),
    R("1. Has the US reached out the Commission", "open a trade defence investigation into Huawei's practices?", "Marietje Schaake", EPN, OFF),
 ]},
}


# Seventh batch (2026-12-02, issue 11): a fresh sealed half after every sealed
# text of the six earlier batches had been scored at least once, from sites,
# countries and formats the earlier batches used least: FCC statements and a
# letter (docs.fcc.gov), an FCC rule in the Federal Register, Congressional
# Record pages (a presidential message, a Senate speech, a concurrent
# resolution, two House bills), House and Senate committee pages, a House
# member's release, a GCSB (New Zealand) reply to an Official Information Act
# request, the Chinese Ministry of Commerce, Finnish, Polish and German
# ministry releases, a US-Estonia joint statement, the US Embassy in Romania,
# Canadian committee evidence and Commons debates (openparliament.ca, SoVote).
TYPES.update({"Finnish government": "government", "Estonian government": "government",
              "H.R. McMaster": "other"})

DOCS7 = {
 'cn-mofcom-2018-08-australia-5g-guidance': {"prefix": 'b7-cn-mofcom', "stmts": [
    S('the Australian government has recently released the 5G Security Guidance to Australian Carriers', "a journalist's question (Media)", 'Australian government', 'cautious/off_target', 'action'),
    S('the Australian government issued the 5G security guidance to Australian telecom carriers', 'Spokesman of the Ministry of Commerce', 'Australian government', 'cautious/off_target', 'action', reporter='Chinese government'),
    R('China expressed grave concern.', 'under the excuse of national security.', 'Spokesman of the Ministry of Commerce', 'Chinese government', 'supportive', {'China expressed grave concern.': 'off_target/supportive', 'The wrong decision made by Australian government': 'supportive!', 'The Chinese government encourages enterprises': 'off_target/supportive', 'It is hoped that the Australian government will uphold': 'supportive!'}),
 ]},
 'fcc-federal-register-2020-01-03-supply-chain-rule': {"prefix": 'b7-fcc-fr', "stmts": [
    S('Protecting Against National Security Threats to the \nCommunications Supply Chain Through FCC Programs; Huawei Designation; \nZTE Designation', 'Federal Communications Commission (Federal Register notice)', 'FCC', 'opposed!', 'headline'),
    S('SUMMARY: In this document, the Federal Communications Commission \n(Commission) adopts a rule that prospectively prohibits the use of \nUniversal Service Fund (USF or the Fund) funds to purchase or obtain \nany equipment or services produced or provided by a covered company \nposing a national security threat to the integrity of communications \nnetworks or the communications supply chain.', 'Federal Communications Commission (Federal Register notice)', 'FCC', 'opposed', 'statement'),
    S('In doing so, the Report \nand Order initially designates Huawei Technologies Company (Huawei) and \nZTE Corporation (ZTE) as covered companies for purposes of the rule and \nestablish a process for designating additional covered companies in the \nfuture.', 'Federal Communications Commission (Federal Register notice)', 'FCC', 'opposed', 'statement'),
    S("To support the Commission's future efforts to protect the \ncommunications supply chain, the Information Collection Order (Order) \ndirects the Wireline Competition Bureau (WCB) and Office of Economics \nand Analytics (OEA), in coordination with USAC, to conduct an \ninformation collection to determine the extent to which potentially \nprohibited equipment exists in current networks and the costs \nassociated with removing such equipment and replacing it with \nequivalent equipment.", 'Federal Communications Commission (Federal Register notice)', 'FCC', 'opposed/cautious', 'statement'),
    S('DATES: Effective January 3, 2020.', 'Federal Communications Commission (Federal Register notice)', 'FCC', 'off_target', 'statement'),
 ]},
 'nz-gcsb-2022-09-22-oia-huawei-response': {"prefix": 'b7-nz-gcsb', "stmts": [
    S('Thank you for your Official Information Act 1982 (OIA) request of 24 August 2022 to the\nGovernment Communications Security Bureau (GCSB) for the fol owing information:', 'GCSB (letter; the signatory is not in the stored text)', 'New Zealand government', 'off_target', 'statement'),
    S('which proved to the GCHQ that it\nwas safe for Britain to implement Huawei technology', 'the OIA requester (Mohammed Khan)', 'UK government', 'supportive/cautious', 'reported'),
    S('decision to reject their use of the proven-safe Huawei 5g technology in 2018', 'the OIA requester (Mohammed Khan)', 'New Zealand government', 'opposed', 'action'),
    S('My response to the first and third questions of your request is that I neither confirm nor\ndeny the existence or non-existence of any information.', 'GCSB (letter; the signatory is not in the stored text)', 'New Zealand government', 'off_target', 'statement'),
    S('This reply is given within the terms\nof section 10 of the OIA because disclosing the existence or non-existence of the information\nis likely to prejudice the interests protected by section 6(a) of the OIA (the security or\ndefence of New Zealand or the international relations of the Government of New Zealand).', 'GCSB (letter; the signatory is not in the stored text)', 'New Zealand government', 'off_target', 'statement'),
    S('I can confirm that the GCSB conducted a review into Spark’s proposal and a decision paper\nwas completed in 2018.', 'GCSB (letter; the signatory is not in the stored text)', 'New Zealand government', 'cautious/off_target', 'statement'),
    S('Under the Telecommunications (Interception and Capability and\nSecurity) Act 2013 (TICSA), the GCSB assesses potential network security risks on a case by\ncase basis.', 'GCSB (letter; the signatory is not in the stored text)', 'New Zealand government', 'cautious!', 'statement'),
    S('It is important to note that TICSA applies a country and vendor neutral approach.', 'GCSB (letter; the signatory is not in the stored text)', 'New Zealand government', 'cautious', 'statement'),
 ]},
 'fcc-2020-07-16-pai-statement-supply-chain': {"prefix": 'b7-fcc-pai', "stmts": [
    R('National security experts have warned', 'This is certainly the case with the Chinese telecommunications equipment manufacturers Huawei and ZTE.', 'Ajit Pai', 'FCC', 'opposed/cautious', {'National security experts have warned': 'cautious/opposed'}),
    S('As Lieutenant General and former National Security Advisor H.R. McMaster recently explained in The Atlantic, China “use[s] . . . major telecommunications companies to control communications networks and the [I]nternet overseas.”', 'H.R. McMaster', 'H.R. McMaster', 'opposed/cautious', 'quote', reporter='FCC'),
    S('This is not surprising.', 'Ajit Pai', 'FCC', 'off_target', 'statement'),
    S('Huawei and ZTE each have close ties to the Chinese Communist Party and China’s military, and both companies are broadly subject to Chinese law obligating them to cooperate with the country’s intelligence services.', 'Ajit Pai', 'FCC', 'opposed!', 'statement'),
    S('With respect to Huawei, McMaster writes, “There should no longer be any dispute concerning the need to defend against . . . Huawei and its role in China’s security apparatus.”', 'H.R. McMaster', 'H.R. McMaster', 'opposed', 'quote', reporter='FCC'),
    S('In light of the “incontrovertible evidence of the grave national-security danger associated with a wide array of Huawei’s telecommunications equipment,” he advises that a policy priority for the United States and its allies should be “the development of infrastructure, particularly 5G communications, to form trusted networks that protect sensitive and proprietary data.”', 'H.R. McMaster', 'H.R. McMaster', 'opposed!', 'quote', reporter='FCC'),
    S('At the FCC, we couldn’t agree more.', 'Ajit Pai', 'FCC', 'off_target/opposed', 'statement'),
    S('That’s why, last fall, the Commission unanimously adopted a ban on the use of universal service support to purchase, obtain, or maintain any equipment or services from companies posing a national security threat to communications networks or the communications supply chain.', 'Ajit Pai', 'FCC', 'opposed', 'statement'),
 ]},
 'ca-committee-tran-leslyn-lewis-cybersecurity': {"prefix": 'b7-ca-lewis', "stmts": [
    R('That bill is clearly still before', 'Canada was excluded from high-level meetings of the Five Eyes.', 'Leslyn Lewis', 'Canadian Parliament', 'off_target', {'We saw it when this government refused to ban Huawei': 'opposed', 'That was a security vulnerability.': 'off_target/opposed', 'all took action to protect their citizens': 'off_target/opposed'}),
    S('It took them years and they fought it and fought it before they took the decision—much too late—to exclude Huawei from our cybersecurity networks.', 'Leslyn Lewis', 'Canadian government', 'opposed', 'action', reporter='Canadian Parliament'),
 ]},
 'fi-lvm-2019-12-04-telecom-council-5g-conclusions': {"prefix": 'b7-fi-lvm', "stmts": [
    S('Telecommunications ministers adopted 5G conclusions and discussed data economy and privacy protections', 'Ministry of Transport and Communications of Finland (release)', 'Council of the EU', 'off_target', 'headline', reporter='Finnish government'),
    R('The EU Telecommunications Council met in Brussels on 3 December.', 'the data economy.', 'Ministry of Transport and Communications of Finland (release)', 'Council of the EU', 'off_target', {'Several Member States commended': 'skip', 'The Commission underlined': 'skip', 'The Member States consider': 'skip'}, 'action'),
    S('Several Member States commended the work carried out on the regulation during Finland’s Presidency, but pointed out that the proposal for a regulation is not yet ready for the next phase.', 'Ministry of Transport and Communications of Finland (release)', 'EU member states', 'off_target', 'action', reporter='Finnish government'),
    S('The Commission underlined the need for rapid progress on the issue and pledged its support for this.', 'Ministry of Transport and Communications of Finland (release)', 'European Commission', 'off_target', 'action', reporter='Finnish government'),
    S('The Member States consider the issue very topical and hope for rapid action at EU level to develop the data economy.', 'Ministry of Transport and Communications of Finland (release)', 'EU member states', 'off_target', 'reported', reporter='Finnish government'),
    S('The Telecommunications Council adopted conclusions on the significance of 5G technology and the need to mitigate related security risks.', 'Ministry of Transport and Communications of Finland (release)', 'Council of the EU', 'cautious/off_target', 'action', reporter='Finnish government'),
    S('The Council stressed the importance of the rapid introduction of 5G.', 'Ministry of Transport and Communications of Finland (release)', 'Council of the EU', 'off_target', 'action', reporter='Finnish government'),
    S('The Council conclusions are a continuation of the risk assessment work that began in spring 2019.', 'Ministry of Transport and Communications of Finland (release)', 'Council of the EU', 'cautious/off_target', 'action', reporter='Finnish government'),
    S('The Council meeting was chaired by Croatia, which will assume the Presidency of the Council of the EU at the start of 2020.', 'Ministry of Transport and Communications of Finland (release)', 'Finnish government', 'off_target', 'statement'),
 ]},
 'house-energycommerce-2018-05-16-supply-chain-hearing': {"prefix": 'b7-house-ec', "stmts": [
    S('#SubCommTech Discusses Telecom Supply Chain Threats and Opportunities', 'House Committee on Energy and Commerce (release)', 'US Congress', 'off_target', 'headline'),
    S('WASHINGTON, DC – The Subcommittee on Communications and Technology, chaired by Rep. Marsha Blackburn (R-TN), held a hearing today examining the telecommunications supply chain, global competitiveness, and national security.', 'House Committee on Energy and Commerce (release)', 'US Congress', 'off_target', 'action'),
    S('“In today’s world, where information literally travels at the speed of light, and new innovations are brought to market at a dizzying pace, it is critically important to leverage robust information sharing about threats and vulnerabilities,“ said Chairman Blackburn.', 'Marsha Blackburn', 'US Congress', 'off_target/cautious', 'quote'),
    S('“This should include greater information sharing about the supply chain of hardware and software that make up our communications networks.”', 'Marsha Blackburn', 'US Congress', 'cautious/off_target', 'quote'),
    S('Full Committee Chairman Greg Walden (R-OR) stated in his opening remarks, “Before committees in Congress, and different federal agencies, launch solutions to this complex challenge without proper coordination and investigation, I argue that we take a more thorough approach.”', 'Greg Walden', 'US Congress', 'cautious/off_target', 'quote'),
    S('#SubCommTech Vice Chairman Leonard Lance (R-NJ) underscored the importance of securing U.S. networks, commenting, “Just yesterday, the nominee to head the National Counterintelligence and Security Center testified that Chinese Intelligence uses Chinese firms, such as ZTE, as a resource and he would never use a ZTE phone.', 'Leonard Lance', 'US Congress', 'opposed/cautious', 'quote'),
    S('I am concerned about the national security implications of lessening the punishments against ZTE in a trade deal with China.”', 'Leonard Lance', 'US Congress', 'opposed!', 'quote'),
    S('In responding to a question from #SubDCCP Chairman Bob Latta (R-OH), Dr. Charles Clancy, Director and Professor, Hume Center for National Security and Technology, Virginia Tech, discussed supply chain risk management.', 'House Committee on Energy and Commerce (release)', 'US Congress', 'off_target', 'action'),
 ]},
 'senate-commerce-2020-03-04-5g-supply-chain-hearing': {"prefix": 'b7-senate-commerce', "stmts": [
    S('5G Supply Chain Security: Threats and Solutions', 'Senate Committee on Commerce, Science, and Transportation (hearing page)', 'US Congress', 'off_target', 'headline', occ=1),
    R('U.S. Sen. Roger Wicker, R-Miss.', 'in the U.S. and abroad.', 'Senate Committee on Commerce, Science, and Transportation (hearing page)', 'US Congress', 'off_target', {'The hearing will examine the security': 'off_target/cautious', 'The hearing will also examine': 'off_target/cautious'}, 'action'),
 ]},
 'us-estonia-2020-09-23-secure-telecom-joint-statement': {"prefix": 'b7-us-estonia', "stmts": [
    S('United States - Estonia Joint Statement on Secure Telecommunications Infrastructure', 'Keith Krach and Urmas Reinsalu (joint statement)', 'US government', 'off_target', 'headline'),
    S('The text of the following statement was released by United States Under Secretary for Economic Growth, Energy, and the Environment Mr. Keith Krach and the Minister of Foreign Affairs of Estonia Mr. Urmas Reinsalu on the importance of secure telecommunications infrastructure.', 'US Department of State', 'US government', 'off_target', 'statement'),
    R('Minister of Foreign Affairs Urmas Reinsalu and Under Secretary', 'protect personal and business data.', 'Keith Krach and Urmas Reinsalu (joint statement)', 'US government', 'off_target', {'rooted in the Clean Network': 'opposed/cautious', 'ensuring clean technology supply chains': 'opposed/cautious', 'Estonia has been among the strongest advocates': 'skip', "Secretary Pompeo's call for governments and companies to join": 'opposed!', 'Recognizing that 5G networks need to be constructed': 'cautious/opposed', 'Estonia and the United States have taken steps': 'cautious/off_target'}),
    S('As a global leader in digital governance, Estonia has been among the strongest advocates for secure telecommunications infrastructure, cybersecurity, and advancing the norms of responsible state behavior in cyberspace.', 'Keith Krach and Urmas Reinsalu (joint statement)', 'Estonian government', 'off_target/cautious', 'reported', reporter='US government'),
 ]},
 'de-bmi-2024-07-11-5g-critical-components-contracts': {"prefix": 'b7-de-bmi', "stmts": [
    S('Greater security and technological sovereignty for the German 5G mobile network: The Federal Government concludes contracts with telecommunications companies', 'Federal Ministry of the Interior and Community (release)', 'German government', 'off_target/cautious', 'headline'),
    S('5G core networks are to have no more Huawei or ZTE components by the end of 2026 / critical management systems of the two manufacturers are to be replaced in 5G access and transport networks by the end of 2029', 'Federal Ministry of the Interior and Community (release)', 'German government', 'opposed', 'headline'),
    R('Public 5G mobile networks are an integral part', 'by the end of 2029.', 'Federal Ministry of the Interior and Community (release)', 'German government', 'off_target', {'are the Federal Government’s highest priority': 'off_target/cautious', 'conducted individual negotiations': 'off_target/cautious', 'The BMI has now reached an agreement': 'cautious/opposed', 'The contracts obligate the mobile network operators': 'opposed', 'The operators are also required to replace': 'opposed'}),
 ]},
 'fcc-2023-10-10-rosenworcel-letter-reimbursement-program': {"prefix": 'b7-fcc-rosenworcel', "stmts": [
    S('Congress directed the Federal Communications Commission to establish the Secure and Trusted Communications Networks Reimbursement Program to advance national security by supporting the removal, replacement, and disposal of communications equipment and services produced or provided by Huawei Technologies Company or ZTE Corporation from our Nation’s communications networks', 'Jessica Rosenworcel', 'US Congress', 'opposed', 'action', reporter='FCC'),
    R('The Commission has made the successful implementation', 'appropriation of $1.9 billion.', 'Jessica Rosenworcel', 'FCC', 'off_target', {'one of its top priorities': 'opposed/off_target', 'including a plan for the full removal': 'opposed/off_target'}),
 ]},
 'house-barr-2021-02-raimondo-huawei-entity-list': {"prefix": 'b7-house-barr', "stmts": [
    S('During her confirmation hearing, Governor Raimondo refused to commit to keeping Huawei on the Commerce Department’s Entity List.', 'Office of Rep. Andy Barr (release)', 'US government', 'cautious', 'reported', reporter='US Congress'),
    S('Following her refusal, White House Press Secretary Jen Psaki also refused to make the commitment when was asked at two separate briefings.', 'Office of Rep. Andy Barr (release)', 'US government', 'off_target/cautious', 'reported', reporter='US Congress'),
    R('In response, House Foreign Affairs Committee Lead Republican', 'The following House Members joined Lead Republican McCaul:', 'Office of Rep. Andy Barr (release)', 'US Congress', 'off_target', {'called on the Senate to hold Governor Raimondo’s confirmation': 'opposed!', 'is now joined by 20 Members': 'opposed/cautious', 'highlighting how Huawei poses a national security threat': 'opposed'}, 'action'),
 ]},
 'crec-2019-05-15-house-president-message-ict-emergency': {"prefix": 'b7-crec-0515', "stmts": [
    S('The SPEAKER pro tempore laid before the House the following message\nfrom the President of the United States; which was read and, together\nwith the accompanying papers, referred to the Committee on Foreign\nAffairs and ordered to be printed:', 'the Speaker pro tempore', 'US Congress', 'off_target', 'statement'),
    S('Pursuant to the International Emergency Economic Powers Act (50\nU.S.C. 1701 et seq.) (IEEPA), the National Emergencies Act (50 U.S.C.\n1601 et seq.), and section 301 of title 3, United States Code, I hereby\nreport that I have issued an Executive Order declaring a national\nemergency to deal with the threat posed by the unrestricted acquisition\nor use in the United States of information and communications\ntechnology or services designed, developed, manufactured, or supplied\nby persons owned by, controlled by, or subject to the jurisdiction or\ndirection of foreign adversaries.', 'Donald Trump (message to Congress)', 'US government', 'opposed!', 'quote'),
 ]},
 'us-embassy-ro-huawei-tag-page': {"prefix": 'b7-us-emb-ro', "stmts": [
    S('Now More Than Ever Huawei Is the Wrong Way', 'U.S. Embassy in Romania', 'US government', 'opposed', 'headline'),
    R('Huawei and the Chinese Embassy continue', 'Huawei and ... Read More»', 'U.S. Embassy in Romania', 'US government', 'opposed!', {'The Communist Chinese disdain freedom': 'off_target'}),
    S('Huawei and ... Read More»', 'U.S. Embassy in Romania', 'US government', 'off_target', 'statement'),
    S('Huawei Goes the Wrong Way—Corruption, Crime and Communism', 'U.S. Embassy in Romania', 'US government', 'opposed!', 'headline'),
    S('Huawei and its Communist Chinese masters have recently embarked on a shameless disinformation campaign trying to portray themselves as victims.', 'Adrian Zuckerman', 'US government', 'opposed!', 'statement'),
    S('They are not.', 'Adrian Zuckerman', 'US government', 'off_target', 'statement'),
    S('Huawei is a corrupt arm of the communist Chinese regime and security apparatus.', 'Adrian Zuckerman', 'US government', 'opposed', 'statement'),
    S('Huawei has been indicted by the US Attorney for the Eastern ... Read More»', 'Adrian Zuckerman', 'US government', 'off_target/opposed', 'action'),
    S('Chinese Telecommunications Conglomerate Huawei and Subsidiaries Charged in Racketeering Conspiracy and Conspiracy to Steal Trade Secrets', 'Department of Justice (release)', 'US government', 'off_target/opposed', 'headline'),
    S('Charges also Reveal Huawei’s Business in North Korea and Assistance to the Government of Iran in Performing Domestic Surveillance A superseding indictment (.PDF file, 484 Kb) was returned yesterday in federal court in Brooklyn, New York, charging Huawei Technologies Co. Ltd. (Huawei), the world’s largest telecommunications equipment ... Read More»', 'Department of Justice (release)', 'US government', 'off_target/opposed', 'action'),
    S('Let’s Embrace the 5G Revolution — Not the Cultural Revolution', 'U.S. Embassy in Romania', 'US government', 'off_target/opposed', 'headline'),
    S('Huawei is still the wrong way.', 'Adrian Zuckerman', 'US government', 'opposed', 'statement'),
    S('Why?', 'Adrian Zuckerman', 'US government', 'off_target', 'statement'),
    S('Because nations must not entrust their citizens’ security to a company indicted for intellectual property theft, conspiracy, wire fraud, bank fraud, racketeering, and for helping Iran avoid sanctions meant to stop that nation from funding terrorism.', 'Adrian Zuckerman', 'US government', 'opposed', 'statement'),
    S('Huawei has been ... Read More»', 'Adrian Zuckerman', 'US government', 'off_target', 'statement'),
 ]},
 'pl-gov-2019-12-03-tte-council-5g-conclusions': {"prefix": 'b7-pl-gov', "stmts": [
    S('On the development of the digital economy - Vice-Minister Wanda Buk attends the meeting of the Transport, Telecommunications and Energy Council in Brussels', 'Ministry of Digital Affairs of Poland (news item)', 'Polish government', 'off_target', 'headline'),
    S('5G technology, ePrivacy and ethical use of data were the main topics of the Transport, Telecommunications and Energy Council meeting, which was attended by Wanda Buk, Vice-Minister of Digital Affairs.', 'Ministry of Digital Affairs of Poland (news item)', 'Polish government', 'off_target', 'statement'),
    S('During the Tuesday meeting, the participants summarised the work undertaken to date during the Finnish Presidency of the EU Council, talking about the significance of 5G networks for the European economy.', 'Ministry of Digital Affairs of Poland (news item)', 'Council of the EU', 'off_target', 'action', reporter='Polish government'),
    R('The meeting resulted in adopting a number of conclusions', 'only be supplied by trusted partners.', 'Ministry of Digital Affairs of Poland (news item)', 'Council of the EU', 'off_target', {'5G security is a continuous process': 'cautious/off_target', '- the approach to 5G network security should be comprehensive': 'cautious!', '- non-technical factors should also be taken into account': 'cautious/opposed'}, 'action'),
    S('The European Union plans to ensure access to the 5G technology in all urban areas and all major surface transport routes by 2025.', 'Ministry of Digital Affairs of Poland (news item)', 'Polish government', 'off_target', 'statement'),
    S('The members of the Council also talked about limiting threats to the security and functioning of the networks.', 'Ministry of Digital Affairs of Poland (news item)', 'Council of the EU', 'off_target/cautious', 'action', reporter='Polish government'),
    S('Ministers were also briefed on progress made on the regulation on privacy and electronic communications, following two years of work on its draft, with no consensus in the EU Council - to date, the document is not fully satisfactory for all EU Member States.', 'Ministry of Digital Affairs of Poland (news item)', 'Council of the EU', 'off_target', 'action', reporter='Polish government'),
    S('The goal of the Regulation is to introduce rules on the protection of personal data and privacy in the electronic communications sector.', 'Ministry of Digital Affairs of Poland (news item)', 'Polish government', 'off_target', 'statement'),
 ]},
 'fcc-2022-11-25-carr-statement-equipment-authorization': {"prefix": 'b7-fcc-carr', "stmts": [
    S('Today, the FCC takes an unprecedented step to safeguard our communications networks and strengthen America’s national security.', 'Brendan Carr', 'FCC', 'off_target/opposed', 'statement'),
    R('Our unanimous decision represents the first time', 'represented real progress towards safeguarding our networks.', 'Brendan Carr', 'FCC', 'opposed!', {'And we take this action with the broad': 'off_target/opposed', 'At the time, I noted that': 'opposed'}),
    S('Indeed, many carriers that would have otherwise purchased Huawei gear ceased doing so as a result of the FCC’s 2020 rules.', 'Brendan Carr', 'Telecom operators', 'opposed/cautious', 'action', reporter='FCC'),
 ]},
 'crec-2019-05-20-senate-schumer-huawei': {"prefix": 'b7-crec-0520', "stmts": [
    S('Mr. SCHUMER. Mr. President, finally, on Huawei, there is positive \nnews about an administrative action.', 'Chuck Schumer', 'US Congress', 'off_target/opposed', 'statement'),
    S('I am in full support of what the \nCommerce Department did on Huawei, and I want to give a shout-out to \nGoogle for joining in and urge all other American companies to join as \nwell.', 'Chuck Schumer', 'US Congress', 'off_target/opposed', 'statement'),
    S("The administration issued an Executive order laying the \ngroundwork to ban the purchase of telecommunications equipment from \nChina's state-controlled firms.", 'Chuck Schumer', 'US government', 'opposed', 'action', reporter='US Congress'),
    S('The decision, as I said, is having an \nimpact because of Google.', 'Chuck Schumer', 'US Congress', 'off_target', 'statement'),
    S('We are waiting for other companies to join', 'Chuck Schumer', 'US Congress', 'off_target/opposed', 'statement'),
    S('For years, China has prevented great American technology companies \nlike Google, Facebook, and so many others from operating in China.', 'Chuck Schumer', 'US Congress', 'off_target', 'statement'),
    S('They \nput barrier after barrier in the way because we are better, and they \nknow American firms would capture the Chinese market.', 'Chuck Schumer', 'US Congress', 'off_target', 'statement'),
    S('They put barriers \nin the way, they steal our technology and then develop it, and then \neven try to sell it back here.', 'Chuck Schumer', 'US Congress', 'off_target', 'statement'),
    S('It has happened with computers.', 'Chuck Schumer', 'US Congress', 'off_target', 'statement'),
    S('It has \nhappened with so many other things that America and American know-how', 'Chuck Schumer', 'US Congress', 'off_target', 'statement'),
    S('Huawei is a national security concern.', 'Chuck Schumer', 'US Congress', 'cautious/opposed', 'statement'),
    S('It is a Chinese company that \ncould pry into all of us.', 'Chuck Schumer', 'US Congress', 'cautious/opposed', 'statement'),
    S("But it is also an excellent weapon to get \nChina to finally start treating us fairly, which they haven't done for \n30 years.", 'Chuck Schumer', 'US Congress', 'off_target/cautious', 'statement'),
    S('We have lost tens of millions of good-paying American jobs \nand trillions of dollars because of what China has done to us.', 'Chuck Schumer', 'US Congress', 'off_target', 'statement'),
    S("I have \nto say that both Democratic and Republican administrations in the past \njust sat there under some guise of free trade, which wasn't free or \nfair at all.", 'Chuck Schumer', 'US Congress', 'off_target', 'statement'),
    S('And now we have some weapons.', 'Chuck Schumer', 'US Congress', 'off_target', 'statement'),
 ], "positions": {'US Congress': 'opposed'}},
 'ca-committee-secu-2024-champagne-c26': {"prefix": 'b7-ca-champagne', "stmts": [
    R('Thank you, Mr. Chair.', 'to protect our critical infrastructure across the country.', 'François-Philippe Champagne', 'Canadian government', 'off_target'),
 ]},
 'crec-2019-03-28-senate-con-res-10-huawei-zte': {"prefix": 'b7-crec-0328', "stmts": [
    S('SENATE CONCURRENT RESOLUTION 10--RECOGNIZING THAT CHINESE \n   TELECOMMUNICATIONS COMPANIES SUCH AS HUAWEI AND ZTE POSE SERIOUS \n  THREATS TO THE NATIONAL SECURITY OF THE UNITED STATES AND ITS ALLIES', 'S. Con. Res. 10', 'US Congress', 'opposed', 'headline'),
    S('Mr. GARDNER (for himself, Mr. Coons, and Mr. Markey) submitted the \nfollowing concurrent resolution; which was referred to the Committee on \nForeign Relations:', 'Mr. Gardner', 'US Congress', 'off_target', 'action'),
    S('Whereas fifth generation (5G) wireless technology promises \n     greater speed and capacity and will provide the backbone for \n     the next generation of digital technologies;', 'S. Con. Res. 10', 'US Congress', 'off_target', 'quote'),
    S('Whereas fifth generation wireless technology will be a \n     revolutionary advancement in telecommunications with the \n     potential to create millions of jobs and billions of dollars \n     in economic opportunity;', 'S. Con. Res. 10', 'US Congress', 'off_target', 'quote'),
    S("Whereas Chinese companies, including Huawei, have invested \n     substantial resources in advancing fifth generation wireless \n     technology and other telecommunications services around the \n     globe, including subsidies provided directly by the \n     Government of the People's Republic of China;", 'S. Con. Res. 10', 'US Congress', 'off_target/opposed', 'quote'),
 ]},
 'crec-2021-10-19-house-secure-equipment-act': {"prefix": 'b7-crec-1019', "stmts": [
    S('Mr. PALLONE. Madam Speaker, I move to suspend the rules and pass the \nbill (H.R. 3919) to ensure that the Federal Communications Commission \ndoes not approve radio frequency devices that pose a national security \nrisk, as amended.', 'Mr. Pallone', 'US Congress', 'opposed/cautious', 'statement'),
    S('The Clerk read the title of the bill.', 'the Clerk', 'US Congress', 'off_target', 'statement'),
    S('The text of the bill is as follows:', 'the Clerk', 'US Congress', 'off_target', 'statement'),
    S("This Act may be cited as the ``Secure Equipment Act of \n     2021''.", 'H.R. 3919', 'US Congress', 'off_target', 'quote'),
    S('(1) In general.--Not later than 1 year after the date of \n     the enactment of this Act, the Commission shall adopt rules \n     in the proceeding initiated in the Notice of Proposed \n     Rulemaking in the matter of Protecting Against National \n     Security Threats to the Communications Supply Chain through \n     the Equipment Authorization Program (ET Docket No. 21-232; \n     FCC 21-73; adopted June 17, 2021), in accordance with \n     paragraph (2), to update the equipment authorization \n     procedures of the Commission.', 'H.R. 3919', 'US Congress', 'off_target/opposed', 'quote'),
    S('(2) Updates required.--In the rules adopted under paragraph \n     (1), the Commission shall clarify that the Commission will no \n     longer review or approve any application for equipment \n     authorization for equipment that is on the list of covered \n     communications equipment or services published by the \n     Commission under section 2(a) of the Secure and Trusted \n     Communications Networks Act of 2019 (47 U.S.C. 1601(a)).', 'H.R. 3919', 'US Congress', 'opposed!', 'quote'),
 ]},
 'crec-2020-01-08-house-promoting-wireless-leadership-act': {"prefix": 'b7-crec-0108', "stmts": [
    S('Mr. MICHAEL F. DOYLE of Pennsylvania. Madam Speaker, I move to \nsuspend the rules and pass the bill (H.R. 4500) to direct the Assistant \nSecretary for Communications and Information to take certain actions to \nenhance the representation of the United States and promote United \nStates leadership in communications standards-setting bodies, and for \nother purposes, as amended.', 'Mr. Michael F. Doyle', 'US Congress', 'off_target', 'statement'),
    S('The Clerk read the title of the bill.', 'the Clerk', 'US Congress', 'off_target', 'statement'),
    S('The text of the bill is as follows:', 'the Clerk', 'US Congress', 'off_target', 'statement'),
    S("This Act may be cited as the ``Promoting United States \n     Wireless Leadership Act of 2019''.", 'H.R. 4500', 'US Congress', 'off_target', 'quote'),
    S('(a) In General.--In order to enhance the representation of \n     the United States and promote United States leadership in \n     standards-setting bodies that set standards for 5G networks \n     and for future generations of wireless\n\n[[Page H47]]\n\n     communications networks, the Assistant Secretary shall, in \n     consultation with the National Institute of Standards and \n     Technology--', 'H.R. 4500', 'US Congress', 'off_target', 'quote'),
    S('(1) equitably encourage participation by companies and a \n     wide variety of relevant stakeholders, but not including any \n     company or relevant stakeholder that the Assistant Secretary \n     has determined to be not trusted, (to the extent such \n     standards-setting bodies allow such stakeholders to \n     participate) in such standards-setting bodies; and', 'H.R. 4500', 'US Congress', 'opposed/cautious', 'quote'),
 ]},
 'ca-sovote-2022-12-01-c26-mendicino-huawei': {"prefix": 'b7-ca-sovote1201', "stmts": [
    R('Mr. Speaker, I just have a couple of quick points.', 'such a critical national security decision.', 'a member (not named in the stored text)', 'Canadian Parliament', 'off_target', {'Why did it take the government so long?': 'off_target/opposed', 'A motion was passed in the House': 'off_target/opposed', 'why it took the government so long to make': 'off_target/opposed'}),
    S('As for the references he talked about in his speech, to Huawei and 5G, obviously the government finally decided to ban Huawei from our 5G network just in May.', 'a member (not named in the stored text)', 'Canadian government', 'opposed', 'action', reporter='Canadian Parliament'),
    R('Mr. Speaker, I embrace the urgency', 'when it comes to technology.', 'the Minister (not named in the stored text)', 'Canadian government', 'off_target', {'we took very decisive action against the risks posed by Huawei and ZTE': 'opposed', 'this bill would address those gaps': 'off_target/cautious'}),
 ]},
 'ca-sovote-2023-03-06-c26-huawei-delay': {"prefix": 'b7-ca-sovote0306', "stmts": [
    R('Madam Speaker, I have a lot of trouble', 'to get the job done.', 'a member (not named in the stored text)', 'Canadian Parliament', 'off_target'),
    S('It took seven years for it to ban Huawei.', 'a member (not named in the stored text)', 'Canadian government', 'opposed', 'action', reporter='Canadian Parliament'),
    R('Madam Speaker, I thank my colleague', "my colleague's thoughts on that.", 'another member (not named in the stored text)', 'Canadian Parliament', 'off_target', {'there were a lot of about-faces': 'off_target/opposed'}),
 ]},
}

# Eighth batch (issue 11): a fresh sealed half nobody has read or scored.
WHFS = "The White House (fact sheet)"
SAO = "a senior administration official (not named in the stored text)"
NCSC = "National Cyber Security Centre (document)"
PARLNEWS = "UK Parliament (news item)"
DOWDEN = "Oliver Dowden (the page pairs his turns with David Jones's; the turn names no speaker)"
JONES = "David Jones (the page pairs his turns with Oliver Dowden's; the turn names no speaker)"
HFAC = "House Foreign Affairs Committee Republicans (release)"
CNNL = "Spokesperson of the Chinese Embassy in the Netherlands"
CNFM = "Foreign Ministry Spokesperson (not named in the stored text)"
WRIGHT = "the Secretary of State (not named in the stored text)"
CNEU = "Spokesperson of the Chinese Mission to the EU"
LUKANG = "Lu Kang (Foreign Ministry Spokesperson)"
ZHANGM = "Zhang Ming (Head of the Chinese Mission to the EU)"
QJ = "a journalist's question"

DOCS8 = {
 'us-wh-2020-03-12-secure-networks-act-fact-sheet': {"prefix": 'b8-wh-fact', "stmts": [
    S('PRESIDENT DONALD J. TRUMP IS COMMITTED TO SAFEGUARDING AMERICA’S VITAL COMMUNICATIONS NETWORKS AND SECURING 5G TECHNOLOGY', WHFS, US, 'off_target', 'headline', occ=2),
    S('“The security and prosperity of the United States depend on high-speed, reliable, and secure communication networks.” – President Donald J. Trump', 'Donald Trump', US, 'off_target', 'quote'),
    S('RELIABLE AND SAFE NETWORKS: President Donald J. Trump signed new legislation to ensure that our Nation’s communications networks are protected from foreign adversaries.', WHFS, US, 'opposed/cautious', 'statement'),
    S('Today, President Trump signed the Secure and Trusted Communications Networks Act, furthering his commitment to defend our networks from entities posing an unacceptable risk to national security.', WHFS, US, 'opposed!', 'statement'),
    S('This legislation will help protect our telecommunications infrastructure by prohibiting the use of Federal funds to purchase equipment from companies that pose a national security threat.', WHFS, US, 'opposed', 'statement'),
    S('The Act creates a reimbursement program to remove and replace equipment in use that was manufactured by entities posing unacceptable national security risk.', WHFS, US, 'opposed', 'statement'),
    S('Provisions of this legislation also help ensure the Federal Government can share critical information about supply chain security with carriers.', WHFS, US, 'cautious/off_target', 'statement'),
    S('These reforms will help protect our Nation’s vital communications network and also ensures the United States reaches its 5G potential.', WHFS, US, 'off_target/opposed', 'statement'),
    S('PROTECTING VITAL INTERESTS: The security and prosperity of the United States depends on high-speed, reliable, and secure communications networks.', WHFS, US, 'off_target', 'statement'),
    S('The next generation of wireless technology—or 5G—is expected to have vast implications for the future of the United States.', WHFS, US, 'off_target', 'statement'),
    S('5G has the potential to transform numerous parts of American society, ranging from artificial intelligence, to manufacturing, to public services.', WHFS, US, 'off_target', 'statement'),
 ]},
 'us-wh-2019-05-15-ict-supply-chain-background-call': {"prefix": 'b8-wh-call', "stmts": [
    S('BACKGROUND PRESS CALL BY SENIOR ADMINISTRATION OFFICIALS ON COMMUNICATIONS INFRASTRUCTURE SECURITY', 'The White House (transcript)', US, 'off_target', 'headline'),
    R('PRESS OFFICER: Good afternoon', 'the executive order that was just released. Thank you.', 'Press officer (White House)', US, 'off_target'),
    R('SENIOR ADMINISTRATION OFFICIAL: Hey, folks.', 'economic benefit with security risks.', SAO, US, 'off_target', {'The President is committed to protecting': 'off_target/opposed', 'What the EO addresses': 'cautious/off_target'}),
 ]},
 'uk-ncsc-2020-07-us-sanctions-analysis-summary': {"prefix": 'b8-uk-ncsc', "stmts": [
    S('Summary of the NCSC’s analysis of the May\n\n2020 US sanction which caused the NCSC to\n\nmodify the scope of its security mitigation\n\nstrategy for Huawei', NCSC, UK, 'cautious/opposed', 'headline'),
    S('1. This document explains the NCSC’s update to the Huawei security mitigation strategy and how\n\nthat impacts the use of Huawei equipment in UK networks.', NCSC, UK, 'cautious/off_target', 'statement'),
    S('This update was driven by the US\n\nForeign-Produced Direct Product Rule Amendment (FDPRA) which significantly increased the\n\nextent of US trade sanctions against Huawei and has increased the risk to UK networks.', NCSC, UK, 'cautious/opposed', 'statement'),
    S('2. On the 28th January 2020, the NCSC published guidance for the risk management of High Risk\n\nVendors (HRVs) in telecommunications networks1.', NCSC, UK, 'cautious!', 'statement'),
    S('The guidance advised that limits should be\n\nplaced on the use of HRV equipment in UK networks.', NCSC, UK, 'cautious!', 'statement'),
    S('The NCSC also advised that equipment\n\nfrom HRVs should only be used when the HRV has in place a specific risk mitigation strategy,\n\ndesigned and overseen by the NCSC.', NCSC, UK, 'cautious', 'statement'),
 ]},
 'ukparl-news-2020-01-27-urgent-question-huawei': {"prefix": 'b8-ukparl-news', "stmts": [
    S('Urgent question on Huawei’s involvement in the UK’s 5G network', PARLNEWS, UKP, 'off_target', 'headline', occ=1),
    S('Following reports that the Government is expected to decide on Tuesday 28 January whether to ban equipment made by Chinese technology giant Huawei from its 5G networks, Matt Warman MP (Parliamentary Under-Secretary of State for Digital Culture, Media and Sport) responded to Tom Tugendhat MP\'s urgent question on Huawei’s involvement in the UK’s 5G network.', PARLNEWS, UK, 'cautious/off_target', 'reported', reporter=UKP),
    S('Matt Warman MP: "The security and resilience of the UK\'s telecoms networks is of paramount importance."', 'Matt Warman', UK, 'off_target', 'quote'),
    S('Responding on behalf of the Government, Matt Warman MP (Parliamentary Under-Secretary of State for Digital Culture, Media and Sport) said that "The UK has one of the world\'s most dynamic digital economies and we welcome open trade and inward investment, however our economy can only prosper and unleash Britain\'s potential when we and our international partners are assured that our critical national infrastructure remains safe and secure."', 'Matt Warman', UK, 'off_target/cautious', 'quote'),
    S("Speaking about the findings of his department's evidence based review of the telecoms supply chain to ensure a diverse, secure supply base he added:", PARLNEWS, UKP, 'off_target', 'statement'),
    S('"Despite the inevitable focus on Huawei, this review was not about one company or even one country, and we would never take a decision that threatens our national security or the security of our allies."', 'Matt Warman', UK, 'cautious!', 'quote'),
    S('Tom Tugendhat MP: "The question for us has to be, is the risk worth it?"', 'Tom Tugendhat', UKP, 'off_target', 'quote'),
    S("Tom Tugendhat MP responded to Matt Warman's response to his urgent question, stating that:", PARLNEWS, UKP, 'off_target', 'statement'),
    R('"We know the stories about Huawei', 'on an unfair basis."', 'Tom Tugendhat', UKP, 'cautious/opposed', {'tech dumping': 'off_target/cautious'}, 'quote'),
 ]},
 'pp-david-jones-vs-oliver-dowden': {"prefix": 'b8-pp-jones-dowden', "stmts": [
    R('That too is an important point.', 'that we did not have previously.', DOWDEN, UK, 'off_target'),
    R('My right hon. Friend will no doubt be aware', 'regularise its procedures?', JONES, UKP, 'off_target'),
    R('We set out our position in the manifesto', 'to the delivery time.', DOWDEN, UK, 'off_target', {'The consequence of the decision to stop the flow of Huawei': 'opposed!'}),
 ]},
 'au-openaustralia-2023-02-09-senate-paterson-watt': {"prefix": 'b8-au-paterson', "stmts": [
    R('My question is to the Minister representing', 'other departments and agencies?', 'James Paterson', AUP, 'off_target'),
    R('Thank you, Senator Paterson, for the question.', 'taking responsibility for addressing this issue.', 'Murray Watt', AU, 'off_target'),
 ]},
 'house-mccaul-2021-01-raimondo-confirmation-hold': {"prefix": 'b8-house-mccaul', "stmts": [
    S('Washington, DC – After the Biden Administration’s nominee for Commerce Secretary, Gina Raimondo, caused heads to turn by refusing to commit to keeping Huawei on the Entity List, White House Press Secretary Jen Psaki seemed to double down by declining on two separate occasions when directly asked to say where President Biden stood on the issue.', HFAC, US, 'cautious', 'reported', reporter=USC),
    S('Huawei was placed on the Commerce Department’s Entity List in August of 2019.', HFAC, US, 'opposed', 'action', reporter=USC),
    S('Their addition to the Entity List was also one of the recommendations of the China Task Force Report.', HFAC, USC, 'opposed!', 'statement'),
    S('Below is a statement from House Foreign Affairs Committee Lead Republican Michael McCaul calling on the U.S. Senate to hold Ms. Raimondo’s confirmation until the Biden Administration gives a clear answer on whether they intend to keep Huawei on the Entity List.', HFAC, USC, 'opposed!', 'action'),
    R('“It is incredibly alarming', 'hold Ms. Raimondo’s confirmation.”', 'Michael McCaul', USC, 'opposed', {'It is incredibly alarming': 'opposed!', 'We need a Commerce Department': 'off_target/opposed', 'Saying people should not use Huawei': 'opposed!', 'I again strongly urge': 'off_target/opposed'}, 'quote'),
 ]},
 'ca-committee-indu-2022-ryan-williams-hytera': {"prefix": 'b8-ca-williams', "stmts": [
    R('Thank you, Mr. Chair.', "China's public security ministry.", 'Ryan Williams', CAP, 'off_target'),
 ]},
 'us-embassy-jp-2019-05-16-jmh-executive-order': {"prefix": 'b8-jmh-0516', "stmts": [
    S('Executive order banning use of Huawei products seen as increased pressure on China', JMH, US, 'opposed!', 'headline'),
    S('NHK reported at noon on the executive order signed by President Trump yesterday banning American companies from using telecom technology and services provided by entities posing a national security risk, which apparently targets Huawei, along with the Department of Commerce’s announcement of a ban on the sale of Huawei electronic parts without government permission.', 'NHK (as summarised by the U.S. Embassy)', US, 'opposed', 'action'),
    S('NHK noted that since the arrest of Huawei’s Vice Chairman Meng Wanzhou by Canada at the U.S.’s request last December, the Trump administration has been putting increasing pressure on Huawei, regarding it as a security risk.', 'NHK (as summarised by the U.S. Embassy)', US, 'opposed!', 'action'),
    S('The network also observed that the latest moves are seen to be aimed at increasing pressure on China to draw concessions in the bilateral trade talks.', 'NHK (as summarised by the U.S. Embassy)', US, 'off_target', 'reported'),
    S('NHK conjectured that the U.S. is alarmed by Huawei’s growing global presence in building 5G telecom infrastructure and concerned that China may take control of global 5G networks.', 'NHK (as summarised by the U.S. Embassy)', US, 'cautious/opposed', 'reported'),
    S('Chief Cabinet Secretary Suga was shown making the following comments this morning:', JMH, JP, 'off_target', 'action', reporter=US),
    S('“Ensuring the security of 5G networks is extremely important for Japan’s national security.', 'Yoshihide Suga', JP, 'cautious/off_target', 'quote', reporter=US),
    S('We are closely watching developments related to this issue, including the U.S. government’s moves.”', 'Yoshihide Suga', JP, 'cautious/off_target', 'quote', reporter=US),
 ]},
 'us-embassy-jp-2019-05-17-jmh-entity-list': {"prefix": 'b8-jmh-0517', "stmts": [
    S('U.S. effectively bars Huawei from purchasing U.S.-made components', JMH, US, 'opposed!', 'headline'),
    S('All national dailies reported extensively on the Commerce Department announcement on Wednesday that it has officially placed Huawei on the Bureau of Industry and Security’s “entity list,” effectively barring the company from buying components from U.S. companies without government approval.', 'Japanese national dailies (as summarised by the U.S. Embassy)', US, 'opposed', 'action'),
    S('The papers also reported on an executive order signed by President Trump on Wednesday that prohibits U.S. companies from using foreign information technology and services deemed a national security risk, speculating that the order will pave the way toward a total ban on doing business with Huawei.', 'Japanese national dailies (as summarised by the U.S. Embassy)', US, 'opposed', 'action'),
    S('Sankei wrote that the GOJ is responding calmly to the Commerce Department announcement.', 'Sankei (as summarised by the U.S. Embassy)', JP, 'off_target/cautious', 'reported', reporter=US),
    S('Nikkei quoted Chief Cabinet Secretary Suga as telling a regular press briefing on Thursday that the GOJ is aware that ensuring cybersecurity in 5G networks is critically important and that Tokyo is closely watching the moves of the U.S. government.', 'Nikkei (as summarised by the U.S. Embassy)', JP, 'cautious/off_target', 'reported', reporter=US),
    S('The paper quoted an unnamed GOJ source as saying, however, that Japan may not act completely in concert with the United States because there are geopolitical differences between the two nations.', 'Nikkei (as summarised by the U.S. Embassy)', JP, 'cautious/off_target', 'reported', reporter=US),
    S('Asahi quoted an unnamed GOJ official as expressing concern that the U.S. policy of excluding Huawei could have a major impact on Japanese companies’ global supply chains.', 'Asahi (as summarised by the U.S. Embassy)', JP, 'cautious/supportive', 'reported', reporter=US),
 ]},
 'us-embassy-jp-2019-05-19-jmh-ren-zhengfei-interview': {"prefix": 'b8-jmh-0519', "stmts": [
    S('Huawei CEO keen on strengthening cooperation with Japan', JMH, 'Huawei', 'off_target', 'headline', reporter=US),
    S('NTV reported on Sunday evening on an exclusive interview with Huawei CEO Ren Zhengfei at the company’s entertainment facility for foreign dignitaries in Shenzhen, China, which replicates a traditional street scene in Kyoto.', JMH, US, 'off_target', 'statement'),
    S('Ren criticized the U.S. ban on Huawei products for violating the principle of the rule of law.', 'Ren Zhengfei (as summarised by the U.S. Embassy)', 'Huawei', 'supportive!', 'reported', reporter=US),
    S('He hinted at the possibility of Huawei withdrawing from the U.S. market, stating that the U.S. is free not to sell products to Huawei and Huawei is free not to buy from the U.S.', 'Ren Zhengfei (as summarised by the U.S. Embassy)', 'Huawei', 'off_target', 'reported', reporter=US),
    S('He also pointed out that the U.S. telecom industry will suffer as a result of the ban on Huawei products.', 'Ren Zhengfei (as summarised by the U.S. Embassy)', 'Huawei', 'supportive!', 'reported', reporter=US),
    S('The CEO indicated his desire to strengthen cooperation with Japan.', 'Ren Zhengfei (as summarised by the U.S. Embassy)', 'Huawei', 'off_target', 'reported', reporter=US),
    S('He denied the existence of a “backdoor” used by Huawei to steal confidential information, saying his company is willing to sign an anti-espionage agreement with the Japanese government.', 'Ren Zhengfei (as summarised by the U.S. Embassy)', 'Huawei', 'supportive', 'reported', reporter=US),
    S('Fuji TV carried a similar interview with Ren on Sunday morning.', JMH, US, 'off_target', 'statement'),
 ]},
 'us-embassy-jp-2019-05-30-jmh-hagerty-blackburn-op-ed': {"prefix": 'b8-jmh-0530', "stmts": [
    S('Ambassador Hagerty, Senator Blackburn call for U.S.-Japan coordination on 5G', JMH, US, 'off_target/opposed', 'headline'),
    S('Sankei front-paged an op-ed on trans-Pacific cooperation on 5G jointly penned by Ambassador Hagerty and Republican Senator from Tennessee Marsha Blackburn.', JMH, US, 'off_target', 'statement'),
    S('In the piece entitled “Approaching 5G: Tech Ties Cement Japan-U.S. Bonds,” they underscored that in rolling out 5G infrastructure, the U.S. and Japan are strongly committed to safeguarding free speech, privacy, and other human rights, noting that in contrast, the Chinese government monitors its people’s communications to stem opposition.', 'Bill Hagerty and Marsha Blackburn (op-ed, as summarised by the U.S. Embassy)', US, 'off_target', 'reported'),
    S('While noting that the U.S. and Japan need to cooperate to defend their communications networks from potential disruption, manipulation, or espionage, the authors welcomed recent decisions by the Japanese government and mobile phone carriers to build open, transparent, interoperable, and secure 5G infrastructures by prohibiting the use of communications equipment that poses a national security risk and using trusted technology vendors only.', 'Bill Hagerty and Marsha Blackburn (op-ed, as summarised by the U.S. Embassy)', US, 'opposed', 'reported'),
    S('As the Trump administration has already adopted similar measures, the authors said the U.S. and Japan are determined to defend their people and corporations from unfair and harmful Chinese economic practices.', 'Bill Hagerty and Marsha Blackburn (op-ed, as summarised by the U.S. Embassy)', US, 'off_target/opposed', 'reported'),
    S('The two officials stated in conclusion that clear bilateral alignment will “provide the certainty and scale that market-driven technology companies need to deepen and accelerate their capital investment” in this critical arena.', 'Bill Hagerty and Marsha Blackburn (op-ed, as summarised by the U.S. Embassy)', US, 'off_target', 'reported'),
 ]},
 'cn-embassy-nl-2019-06-hoekstra-5g-remarks': {"prefix": 'b8-cn-nl', "stmts": [
    S('Remarks of the spokesperson of the Chinese Embassy in the Netherlands on the demand of the US Ambassador to the Netherlands to the Dutch government to ban the use of Huawei equipment in the construction of the 5G network', CNNL, US, 'opposed/off_target', 'headline', reporter=CN),
    S('On June 5, U.S. Ambassador Pete Hoekstra said the Dutch government should ban Huawei outright from supplying equipment for a new 5G mobile telecommunications network in the Netherlands if it wants to prevent spying by the Chinese state.', 'Pete Hoekstra (as reported by the Chinese Embassy)', US, 'opposed', 'reported', reporter=CN),
    S('In response to those remarks, the spokesperson of the Chinese Embassay expresses the view that:', CNNL, CN, 'off_target', 'statement'),
    R("America's accusation of espionage", 'would not be accepted by the international community.', CNNL, CN, 'supportive', {"America's accusation of espionage": 'supportive!', 'On the contrary': 'off_target/supportive', 'On the other hand': 'off_target', 'It runs counter': 'off_target/supportive'}),
 ]},
 'cn-embassy-au-2019-02-fm-remarks-executive-order-cables': {"prefix": 'b8-cn-au', "stmts": [
    S("Chinese Foreign Ministry Spokesperson's Remarks", CNFM, CN, 'off_target', 'headline'),
    S('the US is set to use an executive order to essentially let the government stop US companies from doing business with foreign suppliers like Huawei', QJ, US, 'opposed/cautious', 'action'),
    S("I just saw questions from The Wall Street Journal, which mentioned Australian officials' concerns that participation of Chinese companies in the submarine cable business may enable China to transfer or monitor communication data.", CNFM, AU, 'cautious/opposed', 'reported', reporter=CN),
    R('A: There have been quite a few', 'which you can all look up for .', CNFM, CN, 'supportive', {'A: There have been': 'off_target', 'The US seems to try': 'supportive!', 'They only cited': 'supportive/off_target', 'But when surrounded': 'supportive/off_target', 'For example, Australia': 'off_target', 'There are similar laws': 'off_target'}),
 ]},
 'hansard-2019-07-22-telecoms-supply-chain-review-statement': {"prefix": 'b8-hansard-0722', "stmts": [
    R('With your permission, Mr Speaker', 'security and resilience of UK telecoms networks.', WRIGHT, UK, 'off_target', {'We know that there are those': 'off_target/cautious', 'The move to 5G brings': 'off_target/cautious', 'I commissioned a review': 'cautious/off_target', 'It was designed to assess': 'cautious/off_target', 'First, existing arrangements': 'cautious/off_target', 'Secondly, policy and regulation': 'cautious', 'Finally, the lack of diversity': 'cautious'}),
 ]},
 'pp-2019-07-22-wright-alan-brown-supply-chain-review': {"prefix": 'b8-pp-brown', "stmts": [
    R('My right hon. and learned Friend is right to highlight', 'in relation to Huawei specifically.', 'Jeremy Wright', UK, 'off_target', {'On Ofcom’s powers': 'cautious/off_target', 'inevitable delay in relation to Huawei': 'cautious/off_target'}),
 ]},
 'cn-mission-eu-2020-01-29-5g-toolbox-remarks': {"prefix": 'b8-cn-eu-toolbox', "stmts": [
    S('Spokesperson of the Chinese Mission to the EU Speaks on a Question Concerning the 5G Toolbox', CNEU, CN, 'off_target', 'headline'),
    S('the European Commission endorsed the 5G toolbox, which does not exclude Chinese companies from the construction of Europe’s 5G networks', QJ, EC, 'cautious!', 'action'),
    S('The toolbox identifies such risks as interference from non-EU state or state-backed actors and overreliance on one single supplier.', QJ, EC, 'cautious/off_target', 'action'),
    S('The specific measures will be assessed and implemented by the Member States.', QJ, 'EU member states', 'cautious/off_target', 'action'),
    R('A: We have noticed the release', 'to deliver win-win results and shared progress.', CNEU, CN, 'off_target', {'5G cyber security is a new global challenge': 'off_target/supportive', 'However, a handful of countries': 'supportive!', 'Such an outdated cold-war mentality': 'supportive/off_target', 'It is our hope that the EU': 'supportive!'}),
 ]},
 'cn-mission-eu-2019-03-lu-kang-ep-resolution': {"prefix": 'b8-cn-eu-lukang', "stmts": [
    S("Remarks by Foreign Ministry Spokesperson Lu Kang on European Parliament's Motion for a Resolution on Security Threats connected with Chinese Technological Presence in the EU", CNEU, CN, 'off_target', 'headline'),
    S("the European Parliament will call on Brussels to assess the cyber threat of China's participation in the development of 5G telecommunications system and analyze the possibility of access to hidden data by foreign IT equipment", QJ, EPN, 'cautious!', 'action'),
    S("A draft resolution set to be voted on March 12 said that the increase of China's technological presence in the EU poses serious security threats that require urgent action to be taken at EU level.", QJ, EPN, 'cautious/opposed', 'reported'),
    R('A: As far as I know', 'will suffer more.', LUKANG, CN, 'supportive', {'Science and technology, a force': 'off_target', 'Suspecting and guarding': 'supportive/off_target', 'You may imagine': 'off_target/supportive'}),
 ]},
 'cn-mission-eu-2019-05-20-zhang-ming-supply-suspension': {"prefix": 'b8-cn-eu-zhang', "stmts": [
    S("Ambassador Zhang Ming's response to the supply suspension to Huawei: abusing the concept of national security and exercising long-arm jurisdiction pose a hazard to economic globalization", 'Mission of the PRC to the EU (news item)', CN, 'supportive!', 'headline'),
    S('On May 20, 2019, Ambassador Zhang Ming, Head of the Chinese Mission to the EU, gave an interview to Bloomberg in Brussels.', 'Mission of the PRC to the EU (news item)', CN, 'off_target', 'statement'),
    R('When asked to comment on some companies', 'does not serve the interests of any country.', ZHANGM, CN, 'supportive', {'When asked to comment': 'supportive!', 'Such practice not only hinders': 'supportive/off_target', 'Ultimately, it does not serve': 'off_target/supportive'}, 'reported'),
    R('Ambassador Zhang stressed that', 'further damage to China-U.S. relations.', ZHANGM, CN, 'supportive', {'Ambassador Zhang stressed': 'supportive!', 'The international community should be': 'off_target', 'China will undoubtedly take': 'supportive!', 'We urge the U.S. not to go': 'off_target/supportive'}, 'reported'),
 ]},
}

DOCS8.update({
 'pp-2021-11-08-ghani-vs-lopez-tsb-lords-amendment-5': {"prefix": 'b8-pp-ghani', "stmts": [
    S('Last year, the Government were forced into committing to removing Huawei equipment from the UK’s 5G network, which followed on from a ban by the US and Australian Governments.', 'Nusrat Ghani', UK, 'opposed', 'action', reporter=UKP),
    R('I rise to speak in favour of Lords amendment 5', 'in a similar place again.', 'Nusrat Ghani', UKP, 'off_target', {'I rise to speak in favour of Lords amendment 5': 'cautious/opposed'}),
 ]},
 'pp-2021-11-08-tsb-lords-amendments-lopez-opening': {"prefix": 'b8-pp-lopez', "stmts": [
    R('I beg to move, That this House disagrees', 'Lords amendments 1 to 3.', MINS, UK, 'off_target'),
    R('I am pleased that the Bill has returned', 'I will speak first to Lords amendments 1 to 3.', MINS, UK, 'off_target', {'The Bill will create one of the toughest': 'off_target/cautious', 'introduces a stronger telecoms security framework': 'cautious/opposed'}),
 ]},
 'pp-2020-01-27-warman-reynolds-5g-huawei': {"prefix": 'b8-pp-reynolds', "stmts": [
    R('I think that the hon. Gentleman is inviting me', 'National Security Council will also do.', 'Matt Warman (the turn names no speaker)', UK, 'off_target', {'the decision that will be made will have ramifications': 'off_target/cautious'}),
    R('Any Members who chose to visit China', 'critical UK infrastructure?', 'Jonathan Reynolds', UKP, 'off_target'),
 ]},
})


# Ninth batch (issue 11, twelfth session): a fresh sealed half, from the formats and countries the
# earlier batches used least (see README).
DOCS9 = {
 'au-aph-2019-house-communications-5g-report-recommendations': {"prefix": 'b9-au-5g-recs', "stmts": [
    R('The Committee recommends that spectrum', 'across all 5G spectrum bands.', 'House of Representatives Standing Committee on Communications and the Arts (report)', 'Australian Parliament', 'off_target', {'Recommendation ': 'skip'}, 'statement'),
 ]},
 'au-minister-2023-commsday-summit-rowland-speech': {"prefix": 'b9-au-rowland', "stmts": [
    S('Speech - CommsDay Summit, Fullerton Hotel, Sydney', 'Minister for Communications (speech page)', 'Australian government', 'off_target', 'headline'),
    R('Thank you, Tim,', 'Build a Better Future for All.', 'Michelle Rowland', 'Australian government', 'off_target', {'Acknowledgement of country': 'skip', 'Introduction': 'skip'}, 'statement'),
 ]},
 'au-pm-2019-06-04-doorstop-london': {"prefix": 'b9-au-pm-london', "stmts": [
    R('PRIME MINISTER: It’s an ongoing', 'our laws are being upheld.', 'Scott Morrison', 'Australian government', 'off_target', {'QUESTION': 'skip'}, 'statement'),
 ]},
 'au-pm-2019-06-28-abc-news-breakfast-osaka': {"prefix": 'b9-au-pm-abc', "stmts": [
    R('PRIME MINISTER: It was a very congenial', 'a lot of the issues.', 'Scott Morrison', 'Australian government', 'off_target', {}, 'statement'),
    R('PRIME MINISTER: I think there is genuinely', 'the many other participants.', 'Scott Morrison', 'Australian government', 'off_target', {}, 'statement'),
 ]},
 'au-senate-estimates-2020-fadt-dfat-payne-opening-statement': {"prefix": 'b9-au-est-2020', "stmts": [
    S('CHAIR: I welcome the Minister for Foreign Affairs, Senator the Hon. Marise Payne, and Ms Frances Adamson, Secretary, and officers of the Department of Foreign Affairs and Trade. Minister, do you wish to make an opening statement?', 'the Chair (not named in the stored text)', 'Australian Parliament', 'off_target', 'statement'),
    R("Senator Payne: I'll just make", 'the impact of coronavirus.', 'Marise Payne', 'Australian government', 'off_target', {}, 'statement'),
 ]},
 'au-senate-estimates-fadt-dfat-payne-hong-kong': {"prefix": 'b9-au-est-hk', "stmts": [
    S('CHAIR: I now welcome the Minister for Foreign Affairs, Senator the Hon. Marise Payne, and Ms Frances Adamson, Secretary, and officers of the Department of Foreign Affairs and Trade. Minister, do you wish to make an opening statement?', 'the Chair (not named in the stored text)', 'Australian Parliament', 'off_target', 'statement'),
    S('Senator Payne: No, thank you.', 'Marise Payne', 'Australian government', 'off_target', 'statement'),
    S('CHAIR: Secretary, do you wish to make an opening statement?', 'the Chair (not named in the stored text)', 'Australian Parliament', 'off_target', 'statement'),
    S('Ms Adamson : No.', 'Frances Adamson', 'Australian government', 'off_target', 'statement'),
    S('CHAIR: Senator Wong.', 'the Chair (not named in the stored text)', 'Australian Parliament', 'off_target', 'statement'),
    S('Senator WONG: Secretary, could I start with perhaps just asking you to give us an update on the situation in Hong Kong and the latest developments?', 'Penny Wong', 'Australian Parliament', 'off_target', 'statement'),
    R('Ms Adamson : I am very happy', 'talk to some of the detail.', 'Frances Adamson', 'Australian government', 'off_target', {}, 'statement'),
 ]},
 'ca-ised-2022-05-19-champagne-statement-telecom-security': {"prefix": 'b9-ca-champagne', "stmts": [
    S('Statement from Minister Champagne on telecommunications security', 'Innovation, Science and Economic Development Canada (statement)', 'Canadian government', 'off_target', 'headline'),
    S('OTTAWA, ON, May 19, 2022 /CNW/ -The Honourable François-Philippe Champagne, Minister of Innovation, Science and Industry, made the following statement:', 'Innovation, Science and Economic Development Canada (statement)', 'Canadian government', 'off_target', 'statement'),
    R('"Today, the Government of Canada', 'critical telecommunications infrastructure."', 'François-Philippe Champagne', 'Canadian government', 'off_target', {'ensuring the long term safety': 'off_target/cautious', 'intends to prohibit the inclusion of Huawei': 'opposed', 'would no longer be permitted': 'opposed', 'required to cease its use and remove it': 'opposed!', 'broader agenda to promote the security': 'off_target/cautious', 'will take any actions necessary': 'off_target/opposed'}, 'quote'),
 ]},
 'cn-mfa-2020-08-18-zhao-lijian-press-conference-entity-list': {"prefix": 'b9-cn-zhao-0818', "stmts": [
    R('Zhao Lijian: The medical team', 'defeated at an early date.', 'Zhao Lijian', 'Chinese government', 'off_target', {}, 'statement'),
    S('the US Commerce Department declared further restrictions on Huawei', "a journalist's question", 'US government', 'opposed!', 'action'),
    S('These were aimed at cutting Huawei’s access to commercially available chips.', "a journalist's question", 'US government', 'opposed/off_target', 'action'),
    S('These changes add 38 Huawei affiliates in 21 countries to an economic blacklist.', "a journalist's question", 'US government', 'opposed!', 'action'),
 ]},
 'ec-2019-02-king-munich-cyber-security-conference-keynote': {"prefix": 'b9-ec-king', "stmts": [
    R('Good afternoon, and thank you', 'creates risks and vulnerabilities.', 'Julian King', 'European Commission', 'off_target', {'whether or not we should allow Huawei': 'cautious/off_target', 'strengthening our digital resilience as a whole': 'cautious/off_target', 'This kind of dependency creates risks': 'off_target/cautious'}, 'statement'),
 ]},
 'jp-mofa-2019-05-17-kono-press-conference': {"prefix": 'b9-jp-kono-0517', "stmts": [
    R('Mr. Taro Kono, Minister for Foreign Affairs: From tonight', 'stability of the international community.', 'Taro Kono', 'Japanese government', 'off_target', {}, 'statement'),
 ]},
 'nz-gcsb-2019-02-20-isc-opening-statement': {"prefix": 'b9-nz-gcsb-2019', "stmts": [
    S('Opening statement to the Intelligence and Security Committee 20 February 2019', 'GCSB (statement page)', 'New Zealand government', 'off_target', 'headline'),
    R('Kia ora koutou.', 'protect and promote the national interest.', 'Andrew Hampton', 'New Zealand government', 'off_target', {'Cyber threat scape': 'skip', 'Intelligence Collection': 'skip'}, 'statement'),
 ]},
 'nz-gcsb-2024-03-26-isc-statement-clark': {"prefix": 'b9-nz-gcsb-2024', "stmts": [
    S('Statement to Intelligence and Security Committee by Director-General Andrew Clark 26 March 2024', 'GCSB (statement page)', 'New Zealand government', 'off_target', 'headline'),
    R('Tēnā koutou katoa,', 'to understand what is happening.', 'Andrew Clark', 'New Zealand government', 'off_target', {'Signals Intelligence': 'skip'}, 'statement'),
 ]},
 'pp-2019-04-25-wright-nick-smith-uk-telecoms-huawei': {"prefix": 'b9-pp-wright-smith', "stmts": [
    R('I know that it is tempting', 'without sacrificing our security.', 'Jeremy Wright', 'UK government', 'off_target', {'alternative contender': 'cautious/off_target', 'with the existing technology coming from existing suppliers': 'cautious!', 'very limited choice': 'off_target/cautious', 'without sacrificing our security': 'cautious!'}, 'statement'),
 ]},
 'uk-gov-2022-02-huawei-legal-direction-consultation': {"prefix": 'b9-uk-gov-dvd', "stmts": [
    S('Government consults on legal direction to restrict Huawei in UK telecoms networks', 'UK government (press release)', 'UK government', 'opposed!', 'headline'),
    S('UK telecoms providers have already begun to remove Huawei from the UK’s 5G networks following the government’s announcement in July 2020.', 'UK government (press release)', 'Telecom operators', 'opposed!', 'action', reporter='UK government'),
    R('A consultation has been launched', 'by 28 January 2023.', 'UK government (press release)', 'UK government', 'opposed', {'A consultation has been launched': 'opposed/cautious', 'bring these controls on Huawei onto a legal footing': 'opposed!', 'giving the government the legal mechanism': 'cautious/opposed', 'The new powers will ensure': 'off_target/cautious', 'categorises Huawei as a high-risk vendor': 'opposed!', 'The consultation will last': 'off_target', 'legally requires telecoms operators to:': 'off_target'}, 'statement'),
 ]},
 'ukparl-news-2019-04-25-potential-huawei-5g-deal-questioned': {"prefix": 'b9-ukparl-news-0425', "stmts": [
    S('Potential Huawei 5G deal questioned by Opposition', 'UK Parliament (news item)', 'UK Parliament', 'off_target', 'headline'),
    S("The Government faces questions as leaked information indicates that Chinese tech giant Huawei will be approved to help build the UK's 5G network.", 'UK Parliament (news item)', 'UK government', 'cautious/supportive', 'reported', reporter='UK Parliament'),
    S('The media yesterday reported that Huawei would be allowed to build "non-core" components of the UK\'s 5G system.', 'the media (as reported by UK Parliament news)', 'UK government', 'cautious!', 'reported', reporter='UK Parliament'),
    S('5G is the next generation of mobile connectivity, offering improved speeds and better coverage in crowded areas.', 'UK Parliament (news item)', 'UK Parliament', 'off_target', 'statement'),
    S("Concerns have been raised over data security should Huawei be involved in the development of the UK's 5G network.", 'UK Parliament (news item)', 'UK Parliament', 'off_target/cautious', 'statement'),
    S('The company have denied claims that they are controlled by the Chinese government, and that using their technology risks sabotage or espionage.', 'UK Parliament (news item)', 'Huawei', 'supportive', 'reported', reporter='UK Parliament'),
    S('UK allies including the US have lobbied for the exclusion of Huawei from networks.', 'UK Parliament (news item)', 'US government', 'opposed', 'action', reporter='UK Parliament'),
    S('Speaking for the Government, Jeremy Wright MP, The Secretary of State for Digital, Culture, Media and Sport said that a review of the situation was ongoing, that Security Council advice must remain confidential, and that he would update the House when appropriate.', 'Jeremy Wright', 'UK government', 'cautious!', 'reported', reporter='UK Parliament'),
    S('He said:', 'UK Parliament (news item)', 'UK Parliament', 'off_target', 'statement'),
    S('"We welcome open trade and inward investment in our digital sectors, but at the same time, the UK\'s economy can only prosper when we and our international partners are assured that our critical national infrastructure remains safe and secure".', 'Jeremy Wright', 'UK government', 'off_target/cautious', 'quote'),
    S('Responding for the Opposition, Jo Platt MP called the situation a "mess", saying:', 'Jo Platt', 'UK Parliament', 'off_target', 'reported'),
    S('"Huawei is a company known from multiple public reports from our security services to manufacture sub-optimal equipment."', 'Jo Platt', 'UK Parliament', 'cautious/opposed', 'quote'),
    S("She criticised the leak of information, and questioned the quality and security of Huawei's technologies.", 'Jo Platt', 'UK Parliament', 'cautious/opposed', 'reported'),
 ]},
 'us-crec-2019-05-16-schumer-chinese-trade-policy': {"prefix": 'b9-crec-0516', "stmts": [
    R('Madam President, finally,', 'That is serious stuff.', 'a senator (not named in the stored text)', 'US Congress', 'off_target', {'I was pleased for two reasons': 'opposed!', 'We have long known the threat': 'cautious/opposed', 'The tentacles of the Chinese Government': 'opposed/cautious'}, 'statement'),
    S('Our intelligence and defense communities, concerned about our own security here in America, have banned the use of Huawei products in the military and labeled its technology a national security threat.', 'a senator (not named in the stored text)', 'US government', 'opposed', 'action', reporter='US Congress'),
 ]},
 'us-crec-2020-01-08-promoting-us-leadership-in-5g-act': {"prefix": 'b9-crec-0108-3763', "stmts": [
    S('Ms. TITUS. Mr. Speaker, I move to suspend the rules and pass the bill \n(H.R. 3763) to direct the Secretary of State to provide assistance and \ntechnical expertise to enhance the representation and leadership of the \nUnited States at international standards-setting bodies that set \nstandards for 5th and future generations mobile telecommunications \nsystems and infrastructure, and for other purposes, as amended.', 'Ms. Titus', 'US Congress', 'off_target', 'statement'),
    S('The Clerk read the title of the bill.', 'the Clerk', 'US Congress', 'off_target', 'statement'),
    S('The text of the bill is as follows:', 'the Clerk', 'US Congress', 'off_target', 'statement'),
    S("This Act may be cited as the ``Promoting United States \n     International Leadership in 5G Act of 2019''.", 'H.R. 3763', 'US Congress', 'off_target', 'quote'),
    S('It is the sense of Congress that--', 'H.R. 3763', 'US Congress', 'off_target', 'quote'),
    S('(1) the United States and its allies and partners should \n     maintain participation and leadership at international \n     standards-setting bodies for 5th and future generations \n     mobile telecommunications systems and infrastructure;', 'H.R. 3763', 'US Congress', 'off_target', 'quote'),
    S('(2) the United States should work with its allies and \n     partners to encourage and facilitate the development of \n     secure supply chains and networks for 5th and future \n     generations mobile telecommunications systems and \n     infrastructure; and', 'H.R. 3763', 'US Congress', 'cautious/off_target', 'quote'),
    S('(3) the maintenance of a high standard of security in \n     telecommunications and cyberspace between the United States \n     and its allies and partners is a national security interest \n     of the United States.', 'H.R. 3763', 'US Congress', 'off_target', 'quote'),
 ]},
 'us-crec-2020-01-08-secure-5g-and-beyond-act': {"prefix": 'b9-crec-0108-2881', "stmts": [
    S('Mr. MICHAEL F. DOYLE of Pennsylvania. Madam Speaker, I move to \nsuspend the rules and pass the bill (H.R. 2881) to require the \nPresident to develop a strategy to ensure the security of next \ngeneration mobile telecommunications systems and infrastructure in the \nUnited States and to assist allies and strategic partners in\n\n[[Page H44]]\n\nmaximizing the security of next generation mobile telecommunications \nsystems, infrastructure, and software, and for other purposes, as \namended.', 'Mr. Michael F. Doyle', 'US Congress', 'cautious/off_target', 'statement'),
    S('The Clerk read the title of the bill.', 'the Clerk', 'US Congress', 'off_target', 'statement'),
    S('The text of the bill is as follows:', 'the Clerk', 'US Congress', 'off_target', 'statement'),
    S("This Act may be cited as the ``Secure 5G and Beyond Act of \n     2020''.", 'H.R. 2881', 'US Congress', 'off_target', 'quote'),
    S("(a) Appropriate Committees of Congress Defined.--In this \n     Act, the term ``appropriate committees of Congress'' means--", 'H.R. 2881', 'US Congress', 'off_target', 'quote'),
    S('(1) the Select Committee on Intelligence, the Committee on \n     Commerce, Science, and Transportation, the Committee on \n     Foreign Relations, the Committee on Armed Services, and the \n     Committee on Homeland Security and Governmental Affairs of \n     the Senate; and', 'H.R. 2881', 'US Congress', 'off_target', 'quote'),
    S('(2) the Permanent Select Committee on Intelligence, the \n     Committee on Energy and Commerce, the Committee on Foreign \n     Affairs, the Committee on Armed Services, and the Committee \n     on Homeland Security of the House of Representatives.', 'H.R. 2881', 'US Congress', 'off_target', 'quote'),
 ]},
 'us-state-2020-06-25-krach-telephonic-briefing': {"prefix": 'b9-state-krach', "stmts": [
    S('Telephonic Briefing with Keith Krach, Under Secretary for Economic Growth, Energy, and the Environment', 'U.S. Department of State (transcript)', 'US government', 'off_target', 'headline', occ=1),
    R('Moderator: Greetings from', 'Under Secretary Krach.', 'Zia Syed (moderator)', 'US government', 'off_target', {}, 'statement'),
    R('Under Secretary Krach: Thank you so much', 'The list goes on.', 'Keith Krach', 'US government', 'off_target', {'the tide is turning in the favor of trusted 5G vendors': 'opposed!', 'I think the reason is simple': 'opposed/cautious', 'deals with the telecommunications operators': 'opposed', 'A few examples are the Czech Republic': 'off_target/opposed'}, 'statement'),
 ]},
 'us-state-2020-08-06-pompeo-press-availability': {"prefix": 'b9-state-pompeo-0806', "stmts": [
    S('Secretary Pompeo At a Press Availability 6 August', 'U.S. Department of State (transcript)', 'US government', 'off_target', 'headline'),
    R('SECRETARY POMPEO: Well, good afternoon', 'alarmed our friends in Ecuador.', 'Mike Pompeo', 'US government', 'off_target', {}, 'statement'),
 ]},
}


# Tenth batch (issue 11, thirteenth session): a fresh sealed half, from the issuers and formats the
# earlier batches used least (see README).
TYPES.update({"Indian government": "government"})
MEMB = "the member (not named in the stored text)"
LUR = "Office of Rep. Elaine Luria (release)"
COT = "Office of Sen. Tom Cotton (release)"
STEF = "Office of Rep. Elise Stefanik (release)"
RW = "Jessica Rosenworcel"
DOCS10 = {
 'us-house-2021-11-04-luria-womack-american-telecommunications-security-act': {"prefix": 'b10-house-luria', "stmts": [
    S('Reps. Luria and Womack Introduce Bipartisan American Telecommunications Security Act', LUR, USC, 'off_target/opposed', 'headline'),
    S('U.S. Representatives Elaine Luria (D-VA-02) and Steve Womack (R-AR-03) today introduced the American Telecommunications Security Act, bipartisan legislation prohibiting the use of American Rescue Plan Act funds to purchase telecommunications equipment manufactured by the Chinese firms Huawei and ZTE.', LUR, USC, 'opposed', 'action'),
    S('“We cannot allow taxpayer dollars to be used to facilitate the People’s Republic of China’s surveillance campaign against America,” Rep. Luria said.', 'Elaine Luria', USC, 'opposed!', 'quote'),
    S('“The extent to which these companies are complicit in Beijing’s espionage efforts are well documented.', 'Elaine Luria', USC, 'opposed!', 'quote'),
    S('This bipartisan legislation mirrors existing provisions that safeguard American technology infrastructure.”', 'Elaine Luria', USC, 'off_target/opposed', 'quote'),
    S('Congressman Womack said, “Communist China is actively working to target every aspect of American enterprise.', 'Steve Womack', USC, OFF, 'quote'),
    S('The last thing we need is to give companies inextricably tied to Beijing’s espionage efforts access to critical U.S. networks.', 'Steve Womack', USC, 'opposed', 'quote'),
    S('It’s a glaring national security threat.', 'Steve Womack', USC, 'off_target/opposed', 'quote'),
    S('Every action must be taken to secure our technology and telecommunications infrastructure.”', 'Steve Womack', USC, 'off_target/cautious', 'quote'),
    S('In June 2020, the Federal Communications Commission (FCC) designated Huawei and ZTE as national security threats due to their ties to the Chinese government and Chinese law requiring them to assist in espionage activities.', LUR, 'FCC', 'opposed', 'action', reporter=USC),
    S('As a result, no funds from the FCC’s Universal Fund can be used to purchase equipment from these two suppliers.', LUR, 'FCC', 'opposed!', 'action', reporter=USC),
    S('However, the American Rescue Plan did not include language prohibiting this, allowing states and local governments to purchase telecommunications equipment that poses a national security risk.', LUR, USC, 'opposed/cautious', 'statement'),
    S('This bill ensures that state and local governments across the country purchase equipment that maintains our national security against foreign threats.', LUR, USC, 'cautious/opposed', 'statement'),
 ]},
 'us-senate-2020-01-27-cotton-dod-huawei-sales': {"prefix": 'b10-senate-cotton', "stmts": [
    S('Cotton Condemns DoD Decision Allowing Sales to Huawei', COT, USC, 'opposed!', 'headline'),
    S('the Department of Defense has blocked proposed regulations from the Department of Commerce that would largely prevent U.S. companies from selling to Chinese-owned Huawei Technologies', COT, US, 'supportive/cautious', 'action', reporter=USC),
    S('"I\'m deeply troubled by reports that the Department of Defense blocked regulations to blacklist Huawei, an intelligence-gathering arm of the Chinese Communist Party.', 'Tom Cotton', USC, 'opposed', 'quote'),
    S("It's bad enough when capitalists are willing to sell the rope that will be used to hang us, but worse still when our military acts as their lobbyist.", 'Tom Cotton', USC, 'off_target/opposed', 'quote'),
    S('I intend to get to the bottom of this ill-considered decision."', 'Tom Cotton', USC, OFF, 'quote'),
 ]},
 'cn-mfa-2018-09-19-geng-shuang-press-conference-india-5g-trial': {"prefix": 'b10-cn-geng-0919', "stmts": [
    S('the Indian government reportedly banned ZTE and Huawei from the 5G network trial in the country', "a journalist's question", 'Indian government', 'opposed!', 'action'),
    R('A: We have noted the relevant report.', 'going smoothly on the whole.', 'Geng Shuang', CN, OFF, {'always encourages Chinese enterprises': 'off_target/supportive', 'We also hope that the relevant country can provide a fair': 'supportive/off_target'}, 'statement'),
 ]},
 'fcc-2021-07-rosenworcel-statement-supply-chain-programs': {"prefix": 'b10-fcc-rosenworcel', "positions": {'FCC': 'opposed'}, "stmts": [
    S('Congress chose to address this threat more broadly by setting an ambitious goal: removing this equipment from our communications networks, wherever it may exist.', RW, USC, 'opposed!', 'action', reporter='FCC'),
    S('It came up with a plan for achieving this goal in the Secure and Trusted Communications Networks Act.', RW, USC, 'off_target/opposed', 'action', reporter='FCC'),
    S('Later, it appropriated nearly $1.9 billion to see the plan through.', RW, USC, 'off_target/opposed', 'action', reporter='FCC'),
    S('Then, in the Consolidated Appropriations Act of 2021, it adjusted the plan to ensure this goal is fully realized.', RW, USC, OFF, 'action', reporter='FCC'),
    R('In the United States, our communications systems are built on trust.', 'communications networks nationwide.', RW, 'FCC', OFF, {'began an effort to prevent insecure equipment': 'opposed', 'there is a serious risk that this equipment': 'cautious/opposed', 'Its presence threatens': 'cautious/opposed', 'most significant federally funded effort': 'off_target/opposed'}, 'statement'),
 ]},
 'ca-openparliament-2020-11-23-barrett-adjournment-huawei': {"prefix": 'b10-ca-barrett', "stmts": [
    S('While our other Five Eyes partners have done so, the Liberal government even voted against all other members of the opposition, who put forward a timeline for the government to make a decision.', MEMB, CA, 'cautious/off_target', 'action', reporter=CAP),
    R('Madam Speaker, it is a pleasure to rise', 'banning the use of this technology in Canada.', MEMB, CAP, OFF, {'We saw it last week with the opposition motion': 'off_target/opposed'}, 'statement'),
 ]},
 'us-doj-2020-02-06-barr-china-initiative-keynote': {"prefix": 'b10-doj-barr', "stmts": [
    S("Attorney General William P. Barr Delivers the Keynote Address at the Department of Justice's China Initiative Conference", 'U.S. Department of Justice (speech page)', US, OFF, 'headline'),
    R('Thank you, Jim Lewis, for that kind introduction', 'authoritarian through and through.', 'William P. Barr', US, OFF, {}, 'statement'),
 ]},
 'ca-noscommunes-2020-11-17-sitting-30-routine-proceedings': {"prefix": 'b10-ca-hoc-1117', "stmts": [
    S('The House met at 10 a.m.', 'the Hansard record', CAP, OFF, 'statement'),
    S('It is my duty to lay upon the table, pursuant to subsection 40(1) of the Access to Information Act, a report from the Information Commissioner entitled “Access at issue: The need for leadership—Systemic investigation of the RCMP”.', 'the Speaker (Anthony Rota, named in the sitting header)', CAP, OFF, 'statement'),
    S('Pursuant to Standing Order 108(3)(h), this report is deemed permanently referred to the Standing Committee on Access to Information, Privacy and Ethics.', 'the Speaker (Anthony Rota, named in the sitting header)', CAP, OFF, 'statement'),
    S('Mr. Speaker, pursuant to Standing Order 34(1), I have the honour to present to the House, in both official languages, five reports of the Canadian Branch of the Commonwealth Parliamentary Association.', MEMB, CAP, OFF, 'statement'),
    S('The first concerns the CPA EXCO Coordinating Committee meeting, held in London, United Kingdom, from February 27 to 29, 2020.', MEMB, CAP, OFF, 'statement'),
 ]},
 'us-state-strayer-press-conference-5g-executive-order': {"prefix": 'b10-state-strayer', "stmts": [
    R('DAS Strayer: The United States recognizes', 'automated manufacturing.', 'Robert L. Strayer', US, OFF, {}, 'statement'),
 ]},
 'us-useu-2019-06-20-sondland-cer-luncheon-remarks': {"prefix": 'b10-useu-sondland', "stmts": [
    S('Ambassador Sondland’s Remarks at the Centre for European Reform Luncheon', 'U.S. Mission to the European Union (remarks page)', US, OFF, 'headline'),
    R('Good afternoon. Thank you Agata.', 'strategic renovation of our partnership?', 'Gordon Sondland', US, OFF, {}, 'statement'),
 ]},
 'pp-2020-11-24-flynn-westminster-hall-5g-network': {"prefix": 'b10-pp-flynn', "stmts": [
    R('It is a pleasure to serve under your chairmanship, Ms Eagle.', 'to improve all our standards of living.', 'Stephen Flynn', UKP, OFF, {}, 'statement'),
 ]},
 'eu-ep-2019-03-06-ecr-motion-b8-0164-chinese-technological-presence': {"prefix": 'b10-ep-ecr-motion', "stmts": [
    S('European Parliament resolution on security threats connected with the rising Chinese technological presence in the EU and possible action at EU level to reduce them (2019/2575(RSP))', 'ECR Group (motion for a resolution, Hans-Olaf Henkel)', 'European Parliament', 'off_target/cautious', 'headline'),
    R('–  having regard to the Universal Declaration', 'held on 19 February 2019,', 'ECR Group (motion for a resolution, Hans-Olaf Henkel)', 'European Parliament', OFF, {}, 'statement'),
 ]},
 'pp-2020-01-27-norris-5g-network-and-huawei': {"prefix": 'b10-pp-norris', "stmts": [
    R('My hon. Friend’s quote from a great American poet', 'I hope tomorrow.', MINS, UK, OFF, {'get the boundaries right': 'off_target/cautious', 'National Security Council will recommend': 'off_target/cautious'}, 'statement'),
    R('Each day in this place, a Minister talks', 'What year?', "Alex Norris (the page's member; the turn names no speaker)", UKP, OFF, {}, 'statement'),
    R('I am tempted just to say', 'on that spectrum as well.', MINS, UK, OFF, {'a British company is on that spectrum': 'off_target/cautious'}, 'statement'),
 ]},
 'pp-2020-03-04-warman-vs-monaghan-westminster-hall-huawei-5g': {"prefix": 'b10-pp-monaghan', "stmts": [
    S('I will come to the international picture later, if I get the chance.', 'Matt Warman', UK, OFF, 'statement'),
    R('The Minister keeps talking about the security of the nation', 'where this Government are failing.', 'Carol Monaghan', UKP, OFF, {}, 'statement'),
    S('The hon. Member raises a point that I would be happy to cover in another debate, but the Government and I share some of her concerns.', 'Matt Warman', UK, OFF, 'statement'),
 ]},
 'ca-senate-2020-11-19-housakos-motion-huawei-5g-study': {"prefix": 'b10-ca-sen-housakos', "stmts": [
    R('Honourable senators, I’m speaking to a motion', 'modernization of its military capabilities.', 'Leo Housakos', CAP, OFF, {}, 'statement'),
 ]},
 'us-house-2024-04-stefanik-rubio-letter-huawei-export-licenses': {"prefix": 'b10-house-stefanik', "stmts": [
    S('Congresswoman Elise Stefanik co-led a letter with Senator Marco Rubio (R-FL) to Department of Commerce Secretary Gina Raimondo urging the Biden Administration to immediately revoke all export licenses to Communist Chinese spy company Huawei after Huawei announced that it will be using new technology developed by American company Intel in their latest computers.', STEF, USC, 'opposed', 'action'),
    S('Huawei has been listed on the Department of Commerce’s Bureau of Industry and Standards Entity List since 2019 meaning U.S. companies are required to apply for a license every time they seek to export new technology to Huawei.', STEF, US, 'opposed!', 'action', reporter=USC),
    S('Huawei’s new computer containing Intel’s cutting edge chip technology makes it clear that the Biden Administration’s Department of Commerce approved a new license for Intel or broadly expanded their current license to allow them to export their technology to Huawei.', STEF, US, 'off_target/cautious', 'action', reporter=USC),
    S('In the letter, the lawmakers state, “The Intel chipset in question is reportedly cutting-edge, with built-in Artificial Intelligence (AI) capabilities that allow users to perform AI tasks without relying on servers in the cloud.', 'Elise Stefanik and Marco Rubio (letter)', USC, OFF, 'quote'),
    S('Allowing cutting-edge American technology into Huawei’s newest PC will only make it easier for the Chinese Communist Party (CCP) to evade U.S. technology restrictions and race ahead in AI.', 'Elise Stefanik and Marco Rubio (letter)', USC, 'off_target/opposed', 'quote'),
    S('Your department’s failure to enforce your own export-control regime will aid the CCP and the People’s Liberation Army as they seek to undermine America’s prime position in the world.”', 'Elise Stefanik and Marco Rubio (letter)', USC, 'opposed/off_target', 'quote'),
 ]},
}


# Eleventh batch (issue 11, fifteenth session): a fresh sealed half, from the issuers and formats the
# earlier batches used least: US agencies (CISA, NTIA), gov.uk publications, a Canadian question-period
# note, Oireachtas pages, Australian ministers and House pages (see README).
TYPES.update({"Irish government": "government", "Telecoms Supply Chain Diversification Council": "other"})
IEP = "Irish Parliament"
IE = "Irish government"
SMYTH = "Ossian Smyth (Minister of State)"
HAS = "Office of Sen. Maggie Hassan (release)"
SCAL = "Office of Rep. Steve Scalise (release)"
MORG11 = "Baroness Morgan of Cotes (the page pairs her turns with Lord Scriven's; the turn names no speaker)"
SCRIV11 = "Lord Scriven (the page pairs his turns with Baroness Morgan of Cotes's; the turn names no speaker)"
PEER11 = "a member of the House of Lords (the page pairs Baroness Morgan of Cotes and Lord Scriven; the turn names no speaker)"
DAILREC = "the Dáil record"
DOCS11 = {
 'us-cisa-5g-resource-library': {"prefix": 'b11-us-cisa', "stmts": [
    S('5G Resource Library', 'CISA (resource library page)', US, OFF, 'headline', occ=1),
    S('CISA’s National Risk Management Center (NRMC) has compiled this library of free, voluntary resources to help the public and stakeholders better understand the wide array of 5G benefits, the risks that comes with 5G deployment, and steps that can be taken now to ensure 5G security and resilience.', 'CISA (resource library page)', US, OFF, 'statement'),
    S('Whether you’re curious about the fundamentals or in the process of deploying 5G, this library includes the National 5G Strategy, CISA’s 5G Strategy, educational videos, 5G cloud cybersecurity guidance, and other resources.', 'CISA (resource library page)', US, OFF, 'statement'),
    S('The CISA 5G Strategy details CISA’s approach to advance the development and deployment of a secure and resilient 5G, one that promotes national security, data integrity, technological innovation, and economic opportunity for the United States and its allied partners.', 'CISA (resource library page)', US, OFF, 'statement'),
    S('The 5G Basics Infographic educates stakeholders on 5G basics, use-cases, how it compares to 4G, and key 5G challenges and risks.', 'CISA (resource library page)', US, OFF, 'statement'),
    S('This infographic provides a high-level overview of select mobile network equipment components market leaders, major components of 5G networking, and points of vulnerability in the 5G network.', 'CISA (resource library page)', US, OFF, 'statement'),
    S('This paper informs stakeholders about how edge computing increases the risks of untrusted components into 5G networks by moving core functions away from traditional network boundaries.', 'CISA (resource library page)', US, 'cautious/opposed', 'statement'),
    S('The product is intended to provide an overview of edge computing and represents CISA’s analysis of the risks associated with installation of untrusted components into 5G infrastructures.', 'CISA (resource library page)', US, 'cautious/opposed', 'statement'),
 ]},
 'ie-kildarestreet-2022-10-26-select-committee-communications-regulation-bill-opening': {"prefix": 'b11-ie-com-1026', "stmts": [
    R("The purpose of today's meeting is to consider", 'contribution to the meeting.', "Kieran O'Donnell (Chair)", IEP, OFF),
 ]},
 'ie-kildarestreet-2022-11-24-dail-instruction-to-committee-communications-regulation-bill': {"prefix": 'b11-ie-dail-1124', "stmts": [
    R('I move:', 'from six members to four members.', SMYTH, IE, OFF),
 ]},
 'au-minister-rowland-2024-commsday-speech': {"prefix": 'b11-au-rowland', "stmts": [
    S('Speech - CommsDay', 'Minister for Communications (speech page)', AU, OFF, 'headline'),
    R('Good afternoon', 'tragic events in Bondi and Western Sydney.', 'Michelle Rowland', AU, OFF),
 ]},
 'ca-open-canada-2024-09-qp-note-ised-bill-c26': {"prefix": 'b11-ca-qpnote', "stmts": [
    S('Question Period Note: BILL C-26, AN ACT RESPECTING CYBER SECURITY, AMENDING THE TELECOMMUNICATIONS ACT, AND MAKING CONSEQUENTIAL AMENDMENTS TO OTHER ACTS', 'Innovation, Science and Economic Development Canada (question period note)', CA, OFF, 'headline'),
    R('• Canada must take steps to protect', 'two main elements:', 'Innovation, Science and Economic Development Canada (question period note)', CA, OFF,
      {'align with actions taken by Canada’s Five Eyes partners': 'off_target/cautious', 'Background:': 'skip'}),
 ]},
 'ca-openparliament-2023-03-23-holland-business-of-the-house-c26': {"prefix": 'b11-ca-holland', "stmts": [
    R('Before I let the hon. government House leader answer', 'done the way we want it.', 'the Speaker (Anthony Rota)', CAP, OFF),
    R('Mr. Speaker, I am sure the hon. member across the way', 'later that day, at 4 p.m.', 'Mark Holland (Leader of the Government in the House of Commons)', CA, OFF),
 ]},
 'us-ntia-2020-05-28-secure-5g-implementation-plan-notice': {"prefix": 'b11-us-ntia', "stmts": [
    S('2020-11398. The National Strategy to Secure 5G Implementation Plan', 'NTIA (Federal Register notice)', US, OFF, 'headline'),
    S('In accordance with the Secure 5G and Beyond Act of 2020, the National Telecommunications and Information Administration (NTIA), on behalf of the Executive Branch, is requesting comments to inform the development of an Implementation Plan for the National Strategy to Secure 5G.', 'NTIA (Federal Register notice)', US, OFF, 'statement'),
    S('Comments must be received on or before June 18, 2020.', 'NTIA (Federal Register notice)', US, OFF, 'statement'),
    R('Written comments identified by Docket No.', 'Washington, DC 20230.', 'NTIA (Federal Register notice)', US, OFF),
 ]},
 'uk-govuk-2020-11-30-5g-supply-chain-diversification-strategy': {"prefix": 'b11-uk-divstrat', "positions": {UK: 'opposed'}, "stmts": [
    S('5G Supply Chain Diversification Strategy', 'Department for Digital, Culture, Media and Sport (publication page)', UK, 'off_target/cautious', 'headline', occ=1),
    R('5G has arrived.', 'implement priority measures and build momentum.', 'Oliver Dowden', UK, OFF,
      {'one of the toughest telecoms security regimes': 'off_target/cautious', 'complete removal of Huawei equipment': 'opposed',
       'That decision is the right one': 'off_target/opposed', 'clear and ambitious plan to grow our telecoms supply chain': 'cautious/off_target',
       'never again dependent on a small number of suppliers': 'cautious/off_target'}),
 ]},
 'uk-govuk-2024-09-12-telecoms-supply-chain-diversification-report': {"prefix": 'b11-uk-tscdc', "stmts": [
    S('Telecoms supply chain diversification: independent report and recommendations', 'Telecoms Supply Chain Diversification Council (report page)', 'Telecoms Supply Chain Diversification Council', OFF, 'headline'),
    R('Congratulations on your appointment', 'remaining flexible to changing circumstances.', 'Chair of the Telecoms Supply Chain Diversification Council (not named in the stored text)', 'Telecoms Supply Chain Diversification Council', OFF),
 ]},
 'au-openaustralia-2022-03-30-dreyfus-pjcis-reports': {"prefix": 'b11-au-dreyfus', "stmts": [
    S('Report made a parliamentary paper in accordance with standing order 39(e)', 'the Hansard record', 'Australian Parliament', OFF, 'statement'),
    R('On behalf of the Parliamentary Joint Committee', 'Critical Infrastructure Protection) Bill 2022.', 'Mark Dreyfus', 'Australian Parliament', OFF),
 ]},
 'au-parlinfo-2018-12-06-hill-assistance-access-bill': {"prefix": 'b11-au-hill', "stmts": [
    R('I endorse the comments that have been made', 'initial proposals introduced by the government.', 'Julian Hill', 'Australian Parliament', OFF),
 ]},
 'pp-2020-01-28-morgan-vs-scriven-lords-telecoms': {"prefix": 'b11-pp-morgan-scriven', "stmts": [
    R('The report, therefore, is factually incorrect.', 'I think that is something to be managed.', PEER11, UKP, OFF),
    R('I thank the noble Lord very much indeed', 'progress those discussions very speedily.', MORG11, UK, OFF,
      {'urgent work on a diversification strategy': 'cautious/off_target'}),
    S('My Lords, the Huawei cybersecurity evaluation oversight board says:', SCRIV11, UKP, OFF, 'statement'),
    S('“The Oversight Board continues to be able to provide only limited assurance that the long-term security risks can be managed in the Huawei equipment currently deployed in the UK”.', 'Huawei Cyber Security Evaluation Centre Oversight Board (report quoted by Lord Scriven)', UK, 'cautious/opposed', 'quote', reporter=UKP),
    S('It goes on to say that', SCRIV11, UKP, OFF, 'statement'),
    S('“it will be difficult to appropriately risk-manage future products in the context of UK deployments, until the underlying defects in Huawei’s software engineering and cyber security processes are remediated … At present, the Oversight Board has not yet seen anything to give it confidence in Huawei’s capacity to successfully complete the elements of its transformation programme”.', 'Huawei Cyber Security Evaluation Centre Oversight Board (report quoted by Lord Scriven)', UK, 'cautious/opposed', 'quote', reporter=UKP),
    S('Why can the Government not wait until the oversight board has seen and is content with Huawei’s transformation programme rather than going into this rather risky decision today?', SCRIV11, UKP, 'off_target/opposed', 'statement'),
 ]},
 'us-senate-hassan-2022-rip-and-replace-letter': {"prefix": 'b11-senate-hassan', "stmts": [
    S('Bipartisan Push Builds on Senator Hassan and Colleagues’ Efforts to Remove and Replace U.S. Networks that Use Chinese Equipment in Bipartisan CHIPS and Science Act', HAS, USC, 'opposed!', 'headline'),
    S('U.S. Senators Maggie Hassan and Jeanne Shaheen joined a bipartisan group of Senators calling on Senate leadership to close the $3 billion funding shortfall impacting the Secure & Trusted Communications Networks Act’s Reimbursement Program.', HAS, USC, 'opposed/cautious', 'action'),
    S('The shortfall leaves wireless networks—often in rural areas—vulnerable to espionage or disruption.', HAS, USC, 'opposed/cautious', 'statement'),
    S('Due to security concerns, in 2020 the FCC prohibited the purchase of equipment manufactured by Chinese telecom companies Huawei and ZTE and also prohibited the use of FCC-administered funds to expand or maintain networks with Huawei or ZTE equipment already present.', HAS, 'FCC', 'opposed', 'action', reporter=USC),
    S('The reimbursement program helps small telecommunications providers remove and replace suspect Chinese network equipment manufactured by Huawei and ZTE.', HAS, USC, 'opposed/off_target', 'statement'),
    S('If the funding shortfall for the program is not closed, the FCC will not be able to fully cover the costs of removing, disposing, and replacing suspect network equipment, which will leave U.S. wireless networks vulnerable to espionage and disruption.', HAS, USC, 'opposed!', 'statement'),
    S('“The highest priority class of telecommunications providers in the Reimbursement Program serve the most rural areas of the United States where wireless connectivity is a vital lifeline to accessing telehealth services, receiving emergency notifications, and participating in the 21st century economy,” wrote the Senators.', 'the Senators (letter)', USC, OFF, 'quote'),
 ]},
 'ie-kildarestreet-2023-01-25-smyth-high-risk-vendor-amendment': {"prefix": 'b11-ie-smyth-0125', "stmts": [
    S('I move amendment No. 5:', SMYTH, IE, OFF, 'statement'),
    S('In page 10, between lines 28 and 29, to insert the following:\n“ “high-risk vendor measure” has the meaning given to it by section 25;”.', SMYTH, IE, OFF, 'statement'),
    S("Before I discuss amendments Nos. 5 to 9, inclusive, I wish to draw my colleagues' attention to amendment No. 6, which is now included in a substitute list.", SMYTH, IE, OFF, 'statement'),
    R('Before I discuss amendments Nos. 5 to 9', 'to bear any costs associated with that audit.', SMYTH, IE, OFF,
      {'in order to define a “high-risk vendor measure”': 'off_target/cautious', 'ComReg may serve a direction on a provider': 'cautious/opposed'}),
 ]},
 'ie-kildarestreet-2023-01-25-mcnamara-high-risk-vendor-part': {"prefix": 'b11-ie-mcnamara-0125', "stmts": [
    R('Like the previous speaker, I have concerns', 'or even to properly scrutinise them.', 'Michael McNamara', IEP, OFF,
      {'proscribe a certain so-called high-risk vendor': 'off_target/supportive', 'That will involve a cost, of course.': 'off_target/supportive'}),
 ]},
 'ie-oireachtas-2023-02-22-dail-seanad-amendments-communications-regulation-bill': {"prefix": 'b11-ie-dail-0222', "stmts": [
    S('The Dáil went into Committee to consider amendments from the Seanad.', DAILREC, IEP, OFF, 'statement'),
    S('Amendment Nos. 1 to 5, inclusive, 7, 8, 11 to 20, inclusive, 22 to 26, inclusive, 28 to 30, inclusive, 33 and 35 to 41, inclusive, are related and may be discussed together.', 'the Chair (not named in the stored text)', IEP, OFF, 'statement'),
    R('Seanad amendment No. 1:', 'to delete “or public order”.\nSeanad amendment agreed to.', DAILREC, IEP, OFF,
      {'“ “relevant vendor” means a vendor': 'off_target/cautious'}),
 ]},
 'us-state-2020-07-15-pompeo-visa-restrictions-huawei-employees': {"prefix": 'b11-state-pompeo-visa', "stmts": [
    S('U.S. Imposes Visa Restrictions on Certain Employees of Chinese Technology Companies that Abuse Human Rights', 'U.S. Department of State (press statement, as reposted)', US, OFF, 'headline'),
    R('The United States of America has long been a beacon', 'they are doing business with human rights abusers.', 'Michael R. Pompeo', US, OFF,
      {'an arm of the CCP’s surveillance state': 'opposed/off_target', 'Certain Huawei employees provide material support': 'off_target/opposed',
       'Telecommunications companies around the world should consider themselves on notice': 'opposed!'}),
 ]},
 'us-house-2021-06-15-scalise-eshoo-secure-equipment-act': {"prefix": 'b11-house-scalise', "stmts": [
    S('Scalise, Eshoo Introduce Bill to Protect U.S. Telecom Networks Against Chinese National Security Threats', SCAL, USC, 'opposed!', 'headline'),
    S('Today, House Republican Whip Steve Scalise (R-La.) and Rep. Anna G. Eshoo (D-Calif.) introduced the Secure Equipment Act of 2021 to prohibit the Federal Communications Commission (FCC) from reviewing or issuing new equipment licenses to companies on the FCC\'s "Covered Equipment or Services List" that pose a national security threat.', SCAL, USC, 'opposed', 'action'),
    S('This legislation would prevent equipment manufactured by Chinese state-backed firms such as Huawei, ZTE, Hytera, Hikvision and Dahua from being further utilized and marketed in the United States.', SCAL, USC, 'opposed', 'statement'),
    S('As directed by Congress, in 2020, the FCC published a list of telecommunications companies deemed to be a national security threat, prohibited the use of federal funds for purchasing equipment made by those companies, and authorized funding for U.S. telecommunications carriers to rip and replace equipment made by those companies.', SCAL, 'FCC', 'opposed', 'action', reporter=USC),
    S('Yet, carriers can still privately purchase this equipment on the open market.', SCAL, USC, 'off_target/opposed', 'statement'),
    S('The Secure Equipment Act adds an extra layer of security that slams the door on Chinese actors from having a presence in the U.S. telecommunications network.', SCAL, USC, 'opposed', 'statement'),
    S('"For far too long, we\'ve allowed manufacturers like Huawei and ZTE – backed by the Chinese Communist Party – to have access to American networks, which has jeopardized our national security and threatened the individual safety of the American people,"said Whip Scalise.', 'Steve Scalise', USC, 'opposed', 'quote'),
    S('"China must be stopped from doing further damage to our telecommunications network, and I\'m proud to sponsor this important legislation with Rep. Eshoo to strengthen our national security and stand up to subsidiaries of the Chinese Communist Party."', 'Steve Scalise', USC, 'opposed!', 'quote'),
 ]},
}

TYPES.update({"French government": "government"})
PSC12 = "Public Safety Canada (backgrounder)"
ISED12 = "Innovation, Science and Economic Development Canada (agenda page)"
AGD12 = "Attorney-General's Department (page)"
PJCIS12 = "the Committee (Parliamentary Joint Committee on Intelligence and Security)"
PAT12 = "Owen Paterson (the page pairs his turns with Chi Onwurah's; the turn names no speaker)"
MINW12 = "the Minister (not named in the stored text; the page lists William Wragg's debate with the Minister's replies)"
CHAIR12 = "the Chair (Philip Hollobone)"
BIS12 = "Bureau of Industry and Security, U.S. Department of Commerce (release, as reposted)"
FCCO12 = "the Commission (order)"
FCCR12 = "FCC (release)"
EC12 = "Committee on Energy and Commerce (report)"

DOCS12 = {
 'ca-publicsafety-2022-06-14-overview-proposed-changes-telecommunications-act': {"prefix": 'b12-ca-psc', "stmts": [
    S('Overview of the Proposed Changes to the Telecommunications Act', PSC12, CA, OFF, 'headline'),
    R('On June 14, 2022, the Government of Canada tabled', 'incorporates the TA objectives by reference.', PSC12, CA, OFF,
      {'taking measures with respect to high risk suppliers': 'cautious/opposed', 'Policy Objective': 'skip'}),
    R('The legislation will enable the Government to impose prohibitions', 'issued by the Governor in Council.', PSC12, CA, OFF,
      {'impose prohibitions on the use of products and services from specific suppliers': 'cautious/opposed',
       'TSPs could be prevented from using or be required to remove': 'cautious/opposed'}),
 ]},
 'ca-ised-telecommunications-reliability-agenda': {"prefix": 'b12-ca-ised', "stmts": [
    S('A Telecommunications Reliability Agenda', ISED12, CA, OFF, 'headline', occ=1),
    R('Canadians depend on telecommunications services', 'in their dealings with service providers.', ISED12, CA, OFF,
      {'supplier equipment is trusted and secure': 'off_target/cautious'}),
 ]},
 'au-ag-2018-telecommunications-sector-security-reforms-consultation-page': {"prefix": 'b12-au-ag', "stmts": [
    R('On 18 September 2017, new telecommunications sector security reforms', 'social and economic wellbeing of our nation.', AGD12, AU, OFF,
      {'Directions power:': 'off_target/cautious'}),
 ]},
 'au-aph-pjcis-tssr-review-chapter-3-evidence': {"prefix": 'b12-au-pjcis', "stmts": [
    S('3. Evidence received, review complications, and Committee comment', PJCIS12, AUP, OFF, 'headline'),
    R('As outlined in Chapters 1 and 2', 'with further Committee review to be undertaken.1', PJCIS12, AUP, OFF,
      {'3.2': 'skip', '3.3': 'skip', '3.4': 'skip'}),
 ]},
 'pp-2020-onwurah-vs-paterson-commons': {"prefix": 'b12-pp-paterson', "stmts": [
    S('They have acknowledged that Huawei is high risk.', PAT12, UK, 'cautious/opposed', 'reported', reporter=UKP),
    S('We know Samsung is supplying Korea;', PAT12, UKP, OFF, 'statement'),
    S('we know France has gone for others;', PAT12, 'French government', 'opposed/cautious', 'action', reporter=UKP),
    S('the United States has gone for Ericsson;', PAT12, US, 'opposed/cautious', 'action', reporter=UKP),
    S('and Australia, with a huge dependence on Chinese exports, has gone for other vendors.', PAT12, AU, 'opposed/cautious', 'action', reporter=UKP),
    S('“Any national dependence on a high risk vendor would present a significant national security risk.”', 'National Cyber Security Centre report (quoted by Owen Paterson)', UK, 'cautious/opposed', 'quote', reporter=UKP),
    R('I shall be brief.', 'He made it very clear:', PAT12, UKP, OFF,
      {'We would like to reduce the current position': 'opposed!', 'we are tantalisingly close': 'off_target/opposed',
       'Having a limit of 35% is a bit of a nonsense': 'opposed!', 'ineluctable conclusion is that we should go to zero': 'opposed',
       'the talk of lack of alternatives is a nonsense': 'opposed/off_target', 'We know there is a real risk.': 'cautious/opposed',
       'we must take that as the absolute first priority': 'opposed/cautious'}),
 ]},
 'pp-2020-03-minister-wragg-telecommunications-infrastructure-bill-huawei-cap': {"prefix": 'b12-pp-wragg', "stmts": [
    R('Of course it can be done now without Huawei', 'appropriate place for us to land.', MINW12, UK, 'cautious',
      {'I will allow one more intervention': OFF}),
 ]},
 'pp-2021-01-14-onwurah-tsb-committee-operators-huawei-removal-costs': {"prefix": 'b12-pp-tsbc', "stmts": [
    R('Thank you. We have three superb witnesses', 'I am now in the hands of Members.', CHAIR12, UKP, OFF),
    R('Q It is a pleasure to serve under your chairship', 'I also may know personally some of the witnesses.', 'Chi Onwurah', UKP, OFF),
    S('It sounds like you might be dangerously over-qualified to take part in this Committee.', CHAIR12, UKP, OFF, 'statement'),
    R('You make a very good point, Mr Hollobone.', 'implementation of a new security framework?', 'Chi Onwurah', UKP, OFF),
 ]},
 'us-commerce-2020-05-15-huawei-foreign-produced-direct-product-rule': {"prefix": 'b12-us-bis', "stmts": [
    S('Commerce Addresses Huawei’s Efforts to Undermine Entity List, Restricts Products Designed and Produced with U.S. Technologies', BIS12, US, 'opposed!', 'headline'),
    S('The Bureau of Industry and Security (BIS) today announced plans to protect U.S. national security by restricting Huawei’s ability to use U.S. technology and software to design and manufacture its semiconductors abroad.', BIS12, US, 'opposed', 'action'),
    S('This announcement cuts off Huawei’s efforts to undermine U.S. export controls.', BIS12, US, 'opposed!', 'statement'),
    S('BIS is amending its longstanding foreign-produced direct product rule and the Entity List to narrowly and strategically target Huawei’s acquisition of semiconductors that are the direct product of certain U.S. software and technology.', BIS12, US, 'opposed', 'action'),
    S('Since 2019 when BIS added Huawei Technologies and 114 of its overseas-related affiliates to the Entity List, companies wishing to export U.S. items were required to obtain a license.[1]', BIS12, US, 'opposed', 'action'),
    S('However, Huawei has continued to use U.S. software and technology to design semiconductors, undermining the national security and foreign policy purposes of the Entity List by commissioning their production in overseas foundries using U.S. equipment.', BIS12, US, 'opposed/off_target', 'statement'),
    S('“Despite the Entity List actions the Department took last year, Huawei and its foreign affiliates have stepped-up efforts to undermine these national security-based restrictions through an indigenization effort.', 'Wilbur Ross', US, 'opposed!', 'quote'),
    S('However, that effort is still dependent on U.S. technologies,” said Secretary of Commerce Wilbur Ross.', 'Wilbur Ross', US, OFF, 'quote'),
    S('“This is not how a responsible global corporate citizen behaves.', 'Wilbur Ross', US, 'opposed/off_target', 'quote'),
    S('We must amend our rules exploited by Huawei and HiSilicon and prevent U.S. technologies from enabling malign activities contrary to U.S. national security and foreign policy interests.”', 'Wilbur Ross', US, 'opposed', 'quote'),
    S('Specifically, this targeted rule change will make the following foreign-produced items subject to the Export Administration Regulations (EAR):', BIS12, US, 'off_target/opposed', 'statement'),
 ]},
 'us-fcc-2020-12-11-huawei-final-designation-order': {"prefix": 'b12-us-fcc-order', "stmts": [
    S('Broadband networks play an ever-increasing role in our economy, connecting Americans to their doctors, teachers, coworkers, friends, and family, and supporting critical infrastructure like power grids, transportation networks, financial markets, and emergency communications.', FCCO12, 'FCC', OFF, 'statement'),
    S('The need to protect communications networks from external threats grows in lockstep with the growing role these networks play in Americans’ lives.', FCCO12, 'FCC', OFF, 'statement'),
    S('Last year, we acted to protect America’s communications networks and the communications supply chain by adopting a rule prohibiting the use of universal service support to purchase or maintain equipment and services from companies posing a national security threat to the integrity of communications networks or the communications supply chain.', FCCO12, 'FCC', 'opposed/cautious', 'action'),
    S('47 CFR § 54.9(a); Protecting Against National Security Threats to the Communications Supply Chain Through FCC Programs et al., WC Docket No. 18-89 et al., Report and Order, Further Notice of Proposed Rulemaking, and Order, 34 FCC Rcd 11423, 11433, para. 26 (2019) (Protecting Against National Security Threats Order).', FCCO12, 'FCC', OFF, 'statement'),
 ]},
 'us-fcc-2024-05-02-rosenworcel-rip-and-replace-funding-shortfall': {"prefix": 'b12-us-fcc-shortfall', "stmts": [
    S('FCC Chairwoman Jessica Rosenworcel wrote to Congress again today about a more than $3 billion funding shortfall in the FCC’s “rip and replace” program to secure America’s communications networks by removing, replacing, and disposing of communications equipment and services produced or provided by Huawei Technologies Company or ZTE Corporation.', FCCR12, 'FCC', 'opposed!', 'action'),
    S('The Secure and Trusted Communications Networks Act requires this removal, replacement, and disposal, and established the FCC’s reimbursement program which has only been appropriated $1.9 billion toward the approximately $4.98 billion in reimbursable costs.', FCCR12, USC, 'opposed!', 'action', reporter='FCC'),
    S('The Chairwoman detailed in her letter the risks to national security, network reliability, and small businesses should the program funding fall short of achieve its goals.', FCCR12, 'FCC', 'opposed/cautious', 'statement'),
    S('“This program secures our communications networks by supporting the removal, replacement, and disposal of communications equipment and services produced or provided by Huawei Technologies Company or ZTE Corporation.', 'Jessica Rosenworcel', 'FCC', 'opposed', 'quote'),
    S('The successful implementation of the Reimbursement Program is one of the Commission’s top priorities,” wrote Chairwoman Rosenworcel.', 'Jessica Rosenworcel', 'FCC', 'opposed/off_target', 'quote'),
    S('“I am writing … to emphasize again the urgent need for full funding of the Reimbursement Program.”', 'Jessica Rosenworcel', 'FCC', 'opposed/cautious', 'quote'),
    S('As the letter details, nearly 40% of the participants reported that they cannot complete the necessary “rip and replace” work without additional government funding.', FCCR12, 'Telecom operators', 'cautious/off_target', 'reported', reporter='FCC'),
    S('Several recipients have informed the Commission that the funding shortfall could result in the shutdown of their networks or a need to withdraw from the program.', FCCR12, 'Telecom operators', 'cautious/off_target', 'reported', reporter='FCC'),
 ]},
 'us-house-report-116-352-secure-trusted-communications-networks-act': {"prefix": 'b12-us-hrpt', "stmts": [
    S('SECURE AND TRUSTED COMMUNICATIONS NETWORKS ACT OF 2019', EC12, USC, OFF, 'headline'),
    S('The Committee on Energy and Commerce, to whom was referred\nthe bill (H.R. 4998) to prohibit certain Federal loans, grants,\nand subsidies from being used to purchase communications\nequipment or services posing national security risks, to\nprovide for the establishment of a reimbursement program for\nthe replacement of communications equipment or services posing\nsuch risks, and for other purposes, having considered the same,\nreport favorably thereon with amendments and recommend that the\nbill as amended do pass.', EC12, USC, 'opposed/cautious', 'action'),
 ]},
}
