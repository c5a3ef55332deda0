export const START = {
  'start.title': ['Log ind', 'Sign in'],
  'start.heading': ['Livsmester', 'Livsmester'],
  'start.lead': ['Her kan du søge penge til din drøm, og du kan få en medborgerguide.', 'Here you can apply for money for your dream, and you can get a peer guide.'],
  'start.choose': ['Vælg, hvem du er', 'Choose who you are'],
  'start.demo': ['Det her er en prøveudgave. Alle personer er opdigtede. I den rigtige løsning logger du ind med MitID.',
    'This is a demo. Every person is invented. In the real service you sign in with MitID.'],
  'start.signInAs': ['Log ind som {name}', 'Sign in as {name}'],
  'start.wrongRole': ['Du har ikke adgang til den side. Log ind som en anden.', 'You do not have access to that page. Sign in as someone else.'],
  'start.signedIn': ['Du er logget ind.', 'You are signed in.'],
  'start.goOn': ['Gå videre', 'Continue'],
  'start.noPages': ['Der er ingen sider til denne rolle endnu.', 'There are no pages for this role yet.'],
};
