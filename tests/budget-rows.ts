/** The embedded budget split's header, and a 2018/19 made up for the tests: 100 + 10 = 110; 110 + 5 = 115. */
import { readFileSync } from 'node:fs';

export const embeddedBudget = readFileSync('data/budget-split.csv', 'utf8');
export const budgetHeader = embeddedBudget.split('\n')[0];
export const secondYear = [
	'2018/19,force,Force,Force,line,cc,1,100.0,87.0,test extract,test,true',
	'2018/19,regional_collaboration,Region,Region,line,cc,2,10.0,8.7,test extract,test,true',
	'2018/19,cc,To the Chief Constable,To the Chief Constable,subtotal,total,3,110.0,95.7,test extract,test,true',
	'2018/19,capital,Capital,Capital,line,total,4,5.0,4.3,test extract,test,true',
	'2018/19,total,Net Budget Requirement 2018/19,Net budget requirement,total,,5,115.0,100,test extract,test,true'
];
